import { notFound } from "next/navigation";
import { Pagination } from "@/components/pagination";
import { ISSUE_ARCHIVE_BASE, issueArchivePage } from "@/lib/issue/issue-archive";

// One page of the list of past issues, newest first.
export function IssueArchiveView({ page }: { page: number }) {
  const current = issueArchivePage(page);
  if (!current) notFound();
  return (
    <div>
      <h1 className="text-3xl font-bold">
        Uutiskirjeen arkisto
        {current.page > 1 && <span className="sr-only">, sivu {current.page}</span>}
      </h1>
      <p className="mt-2 text-slate-700">
        Kaikki ilmestyneet uutiskirjeet ja viikkokoosteet uusimmasta vanhimpaan, {current.total}{" "}
        kirjettä
        {current.totalPages > 1 && `, sivu ${current.page} / ${current.totalPages}`}.
      </p>
      <p className="mt-1 text-sm">
        Tilaa syöte: <a href={`${ISSUE_ARCHIVE_BASE}/feed.xml`}>RSS</a>
      </p>
      {current.items.length === 0 ? (
        <p className="mt-6">Uutiskirjeitä ei ole vielä ilmestynyt.</p>
      ) : (
        <ul className="mt-4 divide-y divide-slate-200">
          {current.items.map(({ path, title, articleCount, headline }) => (
            <li key={path} className="py-4">
              <h2 className="text-xl font-semibold">
                <a href={path}>{title}</a>
              </h2>
              <p className="mt-1 text-slate-800">
                {articleCount === 1 ? "1 uutinen" : `${articleCount} uutista`}, pääuutisena:{" "}
                {headline.title}
              </p>
            </li>
          ))}
        </ul>
      )}
      <Pagination base={ISSUE_ARCHIVE_BASE} page={current.page} totalPages={current.totalPages} />
    </div>
  );
}
