import { getArticleHtml, getRelatedArticles, type Article } from "@/lib/content/articles";
import { newsArticleJsonLd } from "@/lib/site/article-structured-data";
import { findTopic } from "@/lib/content/taxonomy";
import { ArticleDate } from "./article-date";
import { CompetitionBacklinks } from "./competition-backlinks";
import { JsonLd } from "./json-ld";
import { UpdateNotes } from "./update-notes";
import { ShareLinks } from "./share-links";

export function ArticleView({ article }: { article: Article }) {
  const { html } = getArticleHtml(article);
  const related = getRelatedArticles(article);
  return (
    <article className="mx-auto max-w-prose">
      <JsonLd data={newsArticleJsonLd(article)} />
      <header>
        <p className="text-sm font-semibold tracking-wide text-accent uppercase">
          {article.mainTopics.map((t) => findTopic(t)?.label).join(" · ")}
        </p>
        <h1 className="mt-2 text-2xl leading-tight font-bold sm:text-4xl">{article.title}</h1>
        <p className="mt-4 text-lg leading-relaxed font-medium text-slate-800">{article.lead}</p>
        <dl className="mt-6 grid grid-cols-[auto_minmax(0,1fr)] gap-x-4 gap-y-1 border-y border-slate-200 py-3 text-sm text-slate-700">
          <dt>Julkaistu</dt>
          <dd>
            <ArticleDate day={article.date} />
          </dd>
          {article.updated && (
            <>
              <dt>Päivitetty</dt>
              <dd>
                <ArticleDate day={article.updated} />
              </dd>
            </>
          )}
          <dt>Lukuaika</dt>
          <dd>noin {article.readingMinutes} min</dd>
          <dt>Aiheet</dt>
          <dd>
            <ul className="inline">
              {article.topics.map((t, i) => (
                <li key={t} className="inline">
                  {i > 0 && ", "}
                  <a href={`/aiheet/${t}`}>{findTopic(t)?.label ?? t}</a>
                </li>
              ))}
            </ul>
          </dd>
        </dl>
      </header>
      {article.image && (
        // A plain img: the pages are static files, and next/image needs its optimizer at run time.
        // eslint-disable-next-line @next/next/no-img-element
        <img src={article.image.src} alt={article.image.alt} className="mt-6 w-full rounded" />
      )}
      <div
        className="prose mt-8 max-w-none prose-slate prose-headings:tracking-tight prose-a:text-brand"
        dangerouslySetInnerHTML={{ __html: html }}
      />
      <UpdateNotes
        notes={(article.updates ?? []).map((update) => ({
          date: update.date,
          text: update.text,
          source: update.source && (
            <>
              {" "}
              (Lähde: <a href={update.source.url}>{update.source.name}</a>)
            </>
          ),
        }))}
        headingId="paivitykset"
        headingLevel={2}
        className="mt-8"
      />
      <footer className="mt-8 space-y-1 border-t border-slate-200 pt-4 text-slate-800">
        <p>
          Lähde: <a href={article.source.url}>{article.source.name}</a>.
        </p>
        <p>Kirjoittaja {article.author}</p>
      </footer>
      <CompetitionBacklinks article={article} />
      <ShareLinks path={article.path} title={article.title} heading="Jaa artikkeli" />
      {related.length > 0 && (
        <section aria-labelledby="aiheeseen-liittyvat" className="mt-10">
          <h2 id="aiheeseen-liittyvat" className="text-xl font-semibold">
            Samasta aiheesta
          </h2>
          <ul className="mt-2 list-disc space-y-1 pl-5">
            {related.map((r) => (
              <li key={r.path}>
                <a href={r.path}>{r.title}</a>{" "}
                <ArticleDate day={r.date} className="text-sm text-slate-600" />
              </li>
            ))}
          </ul>
        </section>
      )}
    </article>
  );
}
