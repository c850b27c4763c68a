import type { MetadataRoute } from "next";
import { getAllArticles } from "../content/articles";
import { COMPETITION_PATH, getCompetitions } from "../content/competitions";
import { allTopicSlugs, getYearCounts } from "../content/listings";
import { absoluteUrl } from "../env";
import { getIssueArchive } from "../issue/issue-archive";

// Static pages that are not generated from content; other features add theirs here.
const STATIC_PATHS = [
  "/",
  "/uutiset",
  "/saavutettavuusseloste",
  "/uutiskirje",
  "/tietosuojaseloste",
  "/uutiskirje/arkisto",
  COMPETITION_PATH,
];

// Gives every public page with an absolute URL (from SITE_URL) and its last change.
export function sitemapEntries(): MetadataRoute.Sitemap {
  const articles = getAllArticles();
  return [
    ...STATIC_PATHS.map((path) => ({ url: absoluteUrl(path) })),
    ...allTopicSlugs().map((topic) => ({ url: absoluteUrl(`/aiheet/${topic}`) })),
    ...getYearCounts().map(({ year }) => ({ url: absoluteUrl(`/uutiset/${year}`) })),
    ...getCompetitions().years.map((y) => ({ url: absoluteUrl(y.path) })),
    ...articles.map((a) => ({ url: absoluteUrl(a.path), lastModified: a.updated ?? a.date })),
    ...getIssueArchive().map(({ path, day }) => ({ url: absoluteUrl(path), lastModified: day })),
  ];
}
