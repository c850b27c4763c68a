import type { CompetitionYear } from "./competitions";

// Gives the one-line result of a year: the national winner, or Finland's ECPA entry.
export function summarizeYear(year: CompetitionYear): string {
  if (year.winner) return `Voittaja: ${year.winner.name}, ${year.winner.organisation}.`;
  const entry = year.ecpaEntry!;
  return `Suomen ehdokas Euroopan rikoksentorjuntakilpailussa: ${entry.name}.${entry.result ? ` ${entry.result}` : ""}`;
}

// Gives the ids of the sources behind summarizeYear's line.
export function summarySources(year: CompetitionYear): string[] {
  return (year.winner ?? year.ecpaEntry)!.sources;
}
