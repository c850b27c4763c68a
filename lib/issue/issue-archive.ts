import { getAllArticles, getNewestArticles, type Article } from "../content/articles";
import { helsinkiToday } from "../content/dates";
import { extraPageNumbers, paginate, type Page } from "../content/pagination";
import { prerenderedPageNumbers } from "../content/listings";
import { composeIssue, composeWeeklyIssue, topHeadline, type Issue } from "./compose-issue";
import { isoWeekOf, issueDayOnOrAfter, weeklyIssueDayOf } from "./issue-calendar";
import { issuePath, issueTitle } from "./issue-names";

export { ISSUE_ARCHIVE_BASE } from "./issue-names";

// One letter of the archive: a day's letter or a week's digest, with all topics.
export type IssueSummary = {
  day: string;
  path: string;
  title: string;
  articleCount: number;
  headline: Article;
  issue: Issue;
};

function summaryOf(issue: Issue): IssueSummary {
  const { day, articleCount } = issue;
  return {
    day,
    path: issuePath(issue),
    title: issueTitle(issue),
    articleCount,
    headline: topHeadline(issue),
    issue,
  };
}

// An article's window is (previous issue day, D] exactly when D is the first issue day on or
// after its date, and that day's week's digest holds it too, so grouping by those days gives
// every letter without scanning per day.
function groupBy(articles: readonly Article[], today: string, dayOf: (issueDay: string) => string) {
  const groups = new Map<string, Article[]>();
  for (const article of articles) {
    const day = dayOf(issueDayOnOrAfter(article.date));
    if (day > today) continue; // its letter has not come out yet
    const group = groups.get(day);
    if (group) group.push(article);
    else groups.set(day, [article]);
  }
  return groups;
}

// Gives every letter that has come out by `today` (all topics), newest first; on a week's
// digest day the digest comes before that day's letter.
export function pastIssues(articles: readonly Article[], today: string): IssueSummary[] {
  const daily = [...groupBy(articles, today, (day) => day)].map(([day, group]) =>
    composeIssue(group, day)!,
  );
  const weekly = [...groupBy(articles, today, (day) => weeklyIssueDayOf(isoWeekOf(day))!)].map(
    ([day, group]) => composeWeeklyIssue(group, day)!,
  );
  const rank = (issue: Issue) => `${issue.day}${issue.kind === "weekly" ? 1 : 0}`;
  return [...daily, ...weekly].sort((a, b) => rank(b).localeCompare(rank(a))).map(summaryOf);
}

const cache = new WeakMap<readonly Article[], Map<string, IssueSummary[]>>();

// Gives the site's archive of letters (from the published articles), newest first; computed
// once per article list and day, since a build renders one page per letter.
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

// Gives the full letter of a day shown at /uutiskirje/arkisto/day, or null for a day without one.
export function getArchivedIssue(day: string): Issue | null {
  return (
    getIssueArchive().find(({ issue }) => issue.kind === "daily" && issue.day === day)?.issue ??
    null
  );
}

// Gives the full digest of an ISO week ("2023-40") shown at /uutiskirje/arkisto/viikko/week,
// or null for a week without one (yet).
export function getArchivedWeek(week: string): Issue | null {
  return (
    getIssueArchive().find(({ issue }) => issue.kind === "weekly" && issue.week === week)?.issue ??
    null
  );
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

// The letters a build prerenders: those that carry the prerendered articles.
function recentIssues(): Issue[] {
  const oldest = getNewestArticles().at(-1);
  if (!oldest) return [];
  return getIssueArchive()
    .filter(({ day }) => day >= oldest.date)
    .map(({ issue }) => issue);
}

// Gives the [day] params a build prerenders.
export function recentIssueParams(): { day: string }[] {
  return recentIssues().flatMap((issue) => (issue.kind === "daily" ? [{ day: issue.day }] : []));
}

// Gives the [week] params a build prerenders.
export function recentWeeklyIssueParams(): { week: string }[] {
  return recentIssues().flatMap((issue) => (issue.kind === "weekly" ? [{ week: issue.week }] : []));
}
