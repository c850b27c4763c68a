import { getAllArticles, getNewestArticles, type Article } from "../content/articles";
import { helsinkiToday } from "../content/dates";
import { extraPageNumbers, paginate, type Page } from "../content/pagination";
import { prerenderedPageNumbers } from "../content/listings";
import { composeIssue, topHeadline, type Issue } from "./compose-issue";
import { issueDayOnOrAfter } from "./issue-calendar";

export const ISSUE_ARCHIVE_BASE = "/uutiskirje/arkisto";

export type IssueSummary = { day: string; articleCount: number; headline: Article; issue: Issue };

// An article's window is (previous issue day, D] exactly when D is the first issue day on or
// after its date, so grouping by that day gives every issue without scanning per day.
function groupByIssueDay(articles: readonly Article[], today: string): Map<string, Article[]> {
  const groups = new Map<string, Article[]>();
  for (const article of articles) {
    const day = issueDayOnOrAfter(article.date);
    if (day > today) continue; // its issue has not come out yet
    const group = groups.get(day);
    if (group) group.push(article);
    else groups.set(day, [article]);
  }
  return groups;
}

// Gives the full issue (all topics) of every past issue day that had articles, newest first.
export function pastIssues(articles: readonly Article[], today: string): IssueSummary[] {
  return [...groupByIssueDay(articles, today)]
    .sort(([a], [b]) => b.localeCompare(a))
    .map(([day, group]) => {
      const issue = composeIssue(group, day)!;
      return { day, articleCount: issue.articleCount, headline: topHeadline(issue), issue };
    });
}

const cache = new WeakMap<readonly Article[], Map<string, IssueSummary[]>>();

// Gives the site's archive of issues (from the published articles), newest first; computed
// once per article list and day, since a build renders one page per issue.
export function getIssueArchive(): IssueSummary[] {
  const now = Date.now();
  const articles = getAllArticles(now);
  const today = helsinkiToday(new Date(now));
  const byDay = cache.get(articles) ?? new Map<string, IssueSummary[]>();
  cache.set(articles, byDay);
  let archive = byDay.get(today);
  if (!archive) byDay.set(today, (archive = pastIssues(articles, today)));
  return archive;
}

// Gives the full issue shown at /uutiskirje/arkisto/day, or null for a day without one.
export function getArchivedIssue(day: string): Issue | null {
  return getIssueArchive().find((summary) => summary.day === day)?.issue ?? null;
}

// Gives one page of the archive listing, or null when the page does not exist.
export function issueArchivePage(page: number): Page<IssueSummary> | null {
  return paginate(getIssueArchive(), page);
}

// Gives static params for the archive's extra pages (/uutiskirje/arkisto/sivu/N).
export function issueArchivePageParams(): { page: string }[] {
  return extraPageNumbers(getIssueArchive().length).map((page) => ({ page }));
}

// Gives the [page] params a build prerenders: the first pages (see prerenderedPageNumbers).
export function prerenderedIssueArchivePageParams(): { page: string }[] {
  return prerenderedPageNumbers(getIssueArchive().length).map((page) => ({ page }));
}

// Gives the [day] params a build prerenders: the issues that carry the prerendered articles.
export function recentIssueParams(): { day: string }[] {
  const oldest = getNewestArticles().at(-1);
  if (!oldest) return [];
  return getIssueArchive()
    .filter(({ day }) => day >= oldest.date)
    .map(({ day }) => ({ day }));
}
