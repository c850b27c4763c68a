import type { Article } from "../content/articles";
import type { Frequency } from "../db";
import {
  articlesInIssueWindow,
  articlesInWeeklyWindow,
  composeIssue,
  composeWeeklyIssue,
  type Issue,
} from "./compose-issue";
import { isoWeekOf } from "./issue-calendar";
import { dailyIssuePath, weeklyIssuePath } from "./issue-names";
import { issueLinks } from "./live-links";

// What goes out on an issue day: the day's letter to the readers who chose every working day,
// and, on the week's digest day, the week's digest to those who chose once a week. A rhythm
// is in `windows` only when its letter has articles: its readers are mailed today.
export type DayPlan = { day: string; windows: Partial<Record<Frequency, Article[]>> };

// Gives the plan of `day` (an issue day) from the published articles.
export function planDay(articles: readonly Article[], day: string): DayPlan {
  const windows: DayPlan["windows"] = {};
  const daily = articlesInIssueWindow(articles, day);
  if (daily.length > 0) windows.daily = daily;
  const weekly = articlesInWeeklyWindow(articles, day);
  if (weekly.length > 0) windows.weekly = weekly;
  return { day, windows };
}

// Gives the rhythms whose readers get a letter on the plan's day.
export const plannedRhythms = (plan: DayPlan) => Object.keys(plan.windows) as Frequency[];

// Gives one reader's letter of the day for their rhythm and topics, or null (nothing new).
export function composeForReader(
  plan: DayPlan,
  frequency: Frequency,
  topics: readonly string[],
): Issue | null {
  const window = plan.windows[frequency];
  if (!window) return null;
  return frequency === "weekly"
    ? composeWeeklyIssue(window, plan.day, topics)
    : composeIssue(window, plan.day, topics);
}

// Gives every link a reader of the day may follow: each article and each web copy.
export function planLinks(plan: DayPlan, siteUrl: string): string[] {
  const { daily, weekly } = plan.windows;
  const links = [
    ...(daily ? issueLinks(dailyIssuePath(plan.day), daily, siteUrl) : []),
    ...(weekly ? issueLinks(weeklyIssuePath(isoWeekOf(plan.day)), weekly, siteUrl) : []),
  ];
  return [...new Set(links)];
}
