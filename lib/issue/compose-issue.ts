import type { Article } from "../content/articles";
import { findTopic, MAIN_TOPICS, topicLabel, type MainTopic } from "../content/taxonomy";
import {
  isIssueDay,
  isoWeekOf,
  isWeeklyIssueDay,
  mondayOfIsoWeek,
  previousIssueDay,
} from "./issue-calendar";

export type IssueSection = { topic: MainTopic; label: string; articles: Article[] };

// A letter sent on `day`, covering the articles dated after `since` up to and including `day`:
// the daily letter of one issue day, or the weekly digest of an ISO week (`week`, "2023-40",
// starting on `monday`), sent on the week's last issue day and holding that week's issues.
export type Issue = {
  day: string;
  since: string;
  sections: IssueSection[];
  articleCount: number;
} & ({ kind: "daily" } | { kind: "weekly"; week: string; monday: string });

export type IssueKind = Issue["kind"];

const newestFirst = (a: Article, b: Article) =>
  b.date.localeCompare(a.date) || a.title.localeCompare(b.title, "fi");

function articlesBetween(articles: readonly Article[], since: string, day: string): Article[] {
  return articles.filter((a) => a.date > since && a.date <= day).sort(newestFirst);
}

// Gives the articles of day D's window (previous issue day, D], newest first.
export function articlesInIssueWindow(articles: readonly Article[], day: string): Article[] {
  return articlesBetween(articles, previousIssueDay(day), day);
}

// Gives the first day a weekly digest sent on `day` covers: the day after the last issue day
// before its week's Monday, so the digest holds exactly the articles of the week's issues.
function weeklySince(day: string): string {
  return previousIssueDay(mondayOfIsoWeek(isoWeekOf(day))!);
}

// Gives the articles of the weekly digest sent on `day`, newest first; none when `day` is
// not the week's digest day.
export function articlesInWeeklyWindow(articles: readonly Article[], day: string): Article[] {
  if (!isWeeklyIssueDay(day)) return [];
  return articlesBetween(articles, weeklySince(day), day);
}

// The main topics a reader's choice covers; a subtopic counts as its main topic.
function chosenMainTopics(topics: readonly string[] | undefined): MainTopic[] {
  if (!topics) return MAIN_TOPICS;
  const mains = new Set(topics.map((t) => findTopic(t)?.main).filter(Boolean));
  return MAIN_TOPICS.filter((main) => mains.has(main));
}

function matches(article: Article, topics: readonly string[] | undefined): boolean {
  if (!topics) return true;
  return topics.some(
    (t) => article.topics.includes(t) || article.mainTopics.includes(t as MainTopic),
  );
}

// Groups a window's articles (newest first) by the reader's main topics; each article appears
// once, under the first of its main topics the reader chose.
function sectionsOf(window: readonly Article[], topics: readonly string[] | undefined) {
  const mains = chosenMainTopics(topics);
  const sections: IssueSection[] = mains.map((topic) => ({
    topic,
    label: topicLabel(topic),
    articles: [],
  }));
  let articleCount = 0;
  for (const article of window) {
    if (!matches(article, topics)) continue;
    const section = sections.find((s) => article.mainTopics.includes(s.topic));
    if (!section) continue;
    section.articles.push(article);
    articleCount += 1;
  }
  return { sections: sections.filter((s) => s.articles.length > 0), articleCount };
}

// Gives the issue of `day` for a reader of `topics` (all topics when omitted), or null when
// the day is not an issue day or nothing new matches: null means "send no mail".
export function composeIssue(
  articles: readonly Article[],
  day: string,
  topics?: readonly string[],
): Issue | null {
  if (!isIssueDay(day)) return null;
  const grouped = sectionsOf(articlesInIssueWindow(articles, day), topics);
  if (grouped.articleCount === 0) return null;
  return { kind: "daily", day, since: previousIssueDay(day), ...grouped };
}

// Gives the weekly digest sent on `day` for a reader of `topics` (all when omitted), or null
// when `day` is not its week's digest day or the week has nothing in these topics.
export function composeWeeklyIssue(
  articles: readonly Article[],
  day: string,
  topics?: readonly string[],
): Issue | null {
  if (!isWeeklyIssueDay(day)) return null;
  const grouped = sectionsOf(articlesInWeeklyWindow(articles, day), topics);
  if (grouped.articleCount === 0) return null;
  const week = isoWeekOf(day);
  return {
    kind: "weekly",
    week,
    monday: mondayOfIsoWeek(week)!,
    day,
    since: weeklySince(day),
    ...grouped,
  };
}

// Gives the issue's newest article: the headline of the subject line.
export function topHeadline(issue: Issue): Article {
  const all = issue.sections.flatMap((s) => s.articles);
  return all.reduce((best, a) => (a.date > best.date ? a : best), all[0]!);
}
