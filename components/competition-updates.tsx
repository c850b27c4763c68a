import type { CompetitionYear } from "@/lib/content/competitions";
import { ArticleDate } from "./article-date";
import { SourceLinks } from "./source-links";

// Later news about a year, each dated and sourced; the year's original facts stay as they were.
export function CompetitionUpdates({
  year,
  headingId,
}: {
  year: CompetitionYear;
  headingId: string;
}) {
  if (!year.updates?.length) return null;
  return (
    <section
      aria-labelledby={headingId}
      className="mt-6 border-l-4 border-brand bg-brand-light p-4"
    >
      <h3 id={headingId} className="font-semibold">
        Päivitykset
      </h3>
      <ul className="mt-2 space-y-2">
        {year.updates.map((update) => (
          <li key={`${update.date}-${update.text}`}>
            <strong>
              Päivitys <ArticleDate day={update.date} />:
            </strong>{" "}
            {update.text}
            <SourceLinks doc={year} ids={update.sources} />
          </li>
        ))}
      </ul>
    </section>
  );
}
