import { getAllArticles } from "../content/articles";
import { pagePath } from "../content/pagination";
import {
  allTopicSlugs,
  archiveListing,
  getYearCounts,
  prerenderedPageParams,
  topicListing,
  yearListing,
  type Listing,
} from "../content/listings";
import { helsinkiToday } from "../content/dates";
import {
  getIssueArchive,
  prerenderedIssueArchivePageParams,
  ISSUE_ARCHIVE_BASE,
} from "../issue/issue-archive";

function listingPages(listing: Listing | null): string[] {
  if (!listing) return [];
  return [
    listing.base,
    ...prerenderedPageParams(listing).map(({ page }) => pagePath(listing.base, Number(page))),
  ];
}

// Gives the addresses to refresh when a day's articles go live: home, the archive, year and
// topic listings with the pages a build prerenders (LISTING_PRERENDER_PAGES), the feeds, the
// sitemap and the issue archive. Deeper listing pages are left to their 30 s revalidation on
// the next visit: warming them would render the whole archive every night. First pages and
// feeds come first.
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
    ...prerenderedIssueArchivePageParams().map(({ page }) => `${ISSUE_ARCHIVE_BASE}/sivu/${page}`),
    `${ISSUE_ARCHIVE_BASE}/feed.xml`,
  ];
}

// Gives the addresses that went live on the Helsinki day of `now`: its articles, their share
// cards' pages and the day's letters (the week's digest too on its day), for warming right
// after 00:00.
export function newlyPublishedPaths(now: number): string[] {
  const today = helsinkiToday(new Date(now));
  const articles = getAllArticles(now).filter((a) => a.date === today);
  const letters = getIssueArchive().filter(({ day }) => day === today);
  return [...articles.map((a) => a.path), ...letters.map(({ path }) => path)];
}
