import type { Article } from "@/lib/content/articles";
import { topicLabel } from "@/lib/content/taxonomy";
import { ArticleDate } from "./article-date";

type Props = { articles: Article[]; headingLevel?: 2 | 3 };

export function ArticleList({ articles, headingLevel = 2 }: Props) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  if (articles.length === 0) return <p>Ei artikkeleita.</p>;
  return (
    <ul className="divide-y divide-slate-200">
      {articles.map((article) => (
        <li key={article.path} className="py-5">
          <article>
            <Heading className="text-xl leading-snug font-semibold">
              <a href={article.path} className="text-slate-900 no-underline hover:underline">
                {article.title}
              </a>
            </Heading>
            <p className="mt-1 text-sm text-slate-700">
              <ArticleDate day={article.date} />
              <span aria-hidden="true"> · </span>
              {article.mainTopics.map(topicLabel).join(", ")}
            </p>
            <p className="mt-2 line-clamp-3 text-slate-800">{article.lead}</p>
          </article>
        </li>
      ))}
    </ul>
  );
}
