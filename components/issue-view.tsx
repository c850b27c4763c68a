import { ArticleDate } from "@/components/article-date";
import { formatFinnishDate } from "@/lib/content/dates";
import type { Issue } from "@/lib/issue/compose-issue";
import { ISSUE_ARCHIVE_BASE, issueTitle } from "@/lib/issue/issue-names";

// The full letter of one day, or one week's digest, on the web: the same composition the mail
// uses, all topics.
export function IssueView({ issue }: { issue: Issue }) {
  const count = issue.articleCount === 1 ? "1 uutinen" : `${issue.articleCount} uutista`;
  return (
    <article>
      <p className="text-sm">
        <a href={ISSUE_ARCHIVE_BASE}>Uutiskirjeen arkisto</a>
      </p>
      <h1 className="mt-2 text-3xl font-bold">{issueTitle(issue)}</h1>
      <p className="mt-2 text-slate-700">
        {issue.kind === "weekly"
          ? `Viikkokooste kokoaa viikon uutiskirjeiden uutiset yhteen kirjeeseen: ${count}.`
          : `Kirje kokoaa edellisen kirjeen (${formatFinnishDate(issue.since)}) jälkeen julkaistut uutiset: ${count}.`}
      </p>
      {issue.sections.map((section) => (
        <section key={section.topic} aria-labelledby={`aihe-${section.topic}`} className="mt-8">
          <h2
            id={`aihe-${section.topic}`}
            className="border-b border-slate-300 pb-1 text-2xl font-semibold"
          >
            {section.label}
          </h2>
          <ul className="divide-y divide-slate-200">
            {section.articles.map((article) => (
              <li key={article.path} className="py-4">
                <h3 className="text-xl leading-snug font-semibold">
                  <a href={article.path}>{article.title}</a>
                </h3>
                <p className="mt-1 text-sm text-slate-700">
                  <ArticleDate day={article.date} />
                </p>
                <p className="mt-2 text-slate-800">{article.lead}</p>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </article>
  );
}
