import { getAllArticles } from "../content/articles";
import { pagePath } from "../content/pagination";
import {
  allTopicSlugs,
  archiveListing,
  getYearCounts,
  pageParams,
  topicListing,
  yearListing,
  type Listing,
} from "../content/listings";
import { helsinkiToday } from "../content/dates";
import {
  getIssueArchive,
  issueArchivePageParams,
  ISSUE_ARCHIVE_BASE,
} from "../issue/issue-archive";

function listingPages(listing: Listing | null): string[] {
  if (!listing) return [];
  return [
    listing.base,
    ...pageParams(listing).map(({ page }) => pagePath(listing.base, Number(page))),
  ];
}

// Gives every address whose content changes when a day's articles go live: home, the archive,
// year and topic listings with all their pages, the feeds, the sitemap and the issue archive.
// First pages and feeds come first: at 5000 articles the deeper pages are most of the list, and
// they are the ones a visitor rarely opens right after midnight.
export function timeDependentPaths(): string[] {
  const paths = allTimeDependentPaths();
  const deep = (path: string) => path.includes("/sivu/");
  return [...paths.filter((p) => !deep(p)), ...paths.filter(deep)];
}

function allTimeDependentPaths(): string[] {
  return [
    "/",
    ...listingPages(archiveListing()),
    ...getYearCounts().flatMap(({ year }) => listingPages(yearListing(year))),
    ...allTopicSlugs().flatMap((topic) => [
      ...listingPages(topicListing(topic)),
      `/aiheet/${topic}/feed.xml`,
      `/aiheet/${topic}/atom.xml`,
    ]),
    "/feed.xml",
    "/atom.xml",
    "/sitemap.xml",
    ISSUE_ARCHIVE_BASE,
    ...issueArchivePageParams().map(({ page }) => `${ISSUE_ARCHIVE_BASE}/sivu/${page}`),
    `${ISSUE_ARCHIVE_BASE}/feed.xml`,
  ];
}

// Gives the addresses that went live on the Helsinki day of `now`: its articles, their share
// cards' pages and the day's issue, for warming right after 00:00.
export function newlyPublishedPaths(now: number): string[] {
  const today = helsinkiToday(new Date(now));
  const articles = getAllArticles(now).filter((a) => a.date === today);
  const issue = getIssueArchive().find(({ day }) => day === today);
  return [...articles.map((a) => a.path), ...(issue ? [`${ISSUE_ARCHIVE_BASE}/${today}`] : [])];
}
