import type { Metadata } from "next";
import { summarizeYear } from "../content/competition-text";
import {
  COMPETITION_PATH,
  getCompetitionYear,
  getCompetitions,
  type CompetitionYear,
} from "../content/competitions";
import type { Crumb } from "./structured-data";
import { pageMetadata } from "./page-metadata";

const HOME: Crumb = { name: "Etusivu", path: "/" };
export const COMPETITION_CRUMB: Crumb = {
  name: "Rikoksentorjuntakilpailu",
  path: COMPETITION_PATH,
};
const OVERVIEW_DESCRIPTION =
  "Kansallinen rikoksentorjuntakilpailu: järjestäjä, vuoden teema, aikataulu, raati, arviointiperusteet ja tulokset vuosittain lähteineen.";

// Gives the title of a year's page.
export function competitionYearTitle(year: number): string {
  return `Rikoksentorjuntakilpailu ${year}`;
}

// Gives the breadcrumb trail of the overview (no year) or of a year's page.
export function competitionTrail(year?: CompetitionYear): Crumb[] {
  if (!year) return [HOME, COMPETITION_CRUMB];
  return [HOME, COMPETITION_CRUMB, { name: String(year.year), path: year.path }];
}

// Gives the overview page's metadata.
export function competitionOverviewMetadata(): Metadata {
  const title = getCompetitions().overview?.title ?? COMPETITION_CRUMB.name;
  return pageMetadata({ title, description: OVERVIEW_DESCRIPTION, path: COMPETITION_PATH });
}

// Gives a year page's metadata, or nothing for a year not on file.
export function competitionYearMetadata(yearNumber: number): Metadata {
  const year = getCompetitionYear(yearNumber);
  if (!year) return {};
  const theme = year.theme ? ` Teema: ${year.theme.text}.` : "";
  return pageMetadata({
    title: competitionYearTitle(year.year),
    description: `${summarizeYear(year)}${theme}`,
    path: year.path,
  });
}
