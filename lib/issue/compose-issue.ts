import type { Article } from "../content/articles";
import { findTopic, MAIN_TOPICS, topicLabel, type MainTopic } from "../content/taxonomy";
import { isIssueDay, previousIssueDay } from "./issue-calendar";

export type IssueSection = { topic: MainTopic; label: string; articles: Article[] };

// One day's letter: `day` covers the articles dated after `since` up to and including `day`.
export type Issue = { day: string; since: string; sections: IssueSection[]; articleCount: number };

// Gives the articles of day D's window (previous issue day, D], newest first.
export function articlesInIssueWindow(articles: readonly Article[], day: string): Article[] {
  const since = previousIssueDay(day);
  return articles
    .filter((a) => a.date > since && a.date <= day)
    .sort((a, b) => b.date.localeCompare(a.date) || a.title.localeCompare(b.title, "fi"));
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

// Gives the issue of `day` for a reader of `topics` (all topics when omitted), or null when
// the day is not an issue day or nothing new matches: null means "send no mail".
// Each article appears once, under the first of its main topics the reader chose.
export function composeIssue(
  articles: readonly Article[],
  day: string,
  topics?: readonly string[],
): Issue | null {
  if (!isIssueDay(day)) return null;
  const mains = chosenMainTopics(topics);
  const sections: IssueSection[] = mains.map((topic) => ({
    topic,
    label: topicLabel(topic),
    articles: [],
  }));
  let articleCount = 0;
  for (const article of articlesInIssueWindow(articles, day)) {
    if (!matches(article, topics)) continue;
    const section = sections.find((s) => article.mainTopics.includes(s.topic));
    if (!section) continue;
    section.articles.push(article);
    articleCount += 1;
  }
  if (articleCount === 0) return null;
  return {
    day,
    since: previousIssueDay(day),
    sections: sections.filter((s) => s.articles.length > 0),
    articleCount,
  };
}

// Gives the issue's newest article: the headline of the subject line.
export function topHeadline(issue: Issue): Article {
  const all = issue.sections.flatMap((s) => s.articles);
  return all.reduce((best, a) => (a.date > best.date ? a : best), all[0]!);
}
