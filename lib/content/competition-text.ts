import type { CompetitionYear } from "./competitions";
import { formatFinnishDate } from "./dates";

// Gives the one-line result of a year: the national winner, or Finland's ECPA entry.
export function summarizeYear(year: CompetitionYear): string {
  if (year.winner) return `Voittaja: ${year.winner.name} (${year.winner.organisation}).`;
  const entry = year.ecpaEntry!;
  return `Suomen ehdokas Euroopan rikoksentorjuntakilpailussa: ${entry.name}.${entry.result ? ` ${entry.result}` : ""}`;
}

// Gives the ids of the sources behind summarizeYear's line.
export function summarySources(year: CompetitionYear): string[] {
  return (year.winner ?? year.ecpaEntry)!.sources;
}

// Gives "13.–14.12.2023" for a span inside one month, otherwise two full dates.
export function formatDateSpan(start: string, end: string): string {
  if (start === end) return formatFinnishDate(start);
  const [sy, sm] = start.split("-");
  const [ey, em] = end.split("-");
  if (sy === ey && sm === em) return `${Number(start.slice(8))}.–${formatFinnishDate(end)}`;
  return `${formatFinnishDate(start)}–${formatFinnishDate(end)}`;
}
