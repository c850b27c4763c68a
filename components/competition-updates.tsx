import type { CompetitionYear } from "@/lib/content/competitions";
import { SourceLinks } from "./source-links";
import { UpdateNotes } from "./update-notes";

// Later news about a year, each dated and sourced; the year's original facts stay as they were.
export function CompetitionUpdates({
  year,
  headingId,
}: {
  year: CompetitionYear;
  headingId: string;
}) {
  const notes = (year.updates ?? []).map((update) => ({
    date: update.date,
    text: update.text,
    source: <SourceLinks doc={year} ids={update.sources} />,
  }));
  return <UpdateNotes notes={notes} headingId={headingId} headingLevel={3} className="mt-6" />;
}
