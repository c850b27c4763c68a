import { formatFinnishDayRange, formatWeekdayDate } from "../content/dates";
import type { Issue } from "./compose-issue";

// What a letter is called and where its web copy lives: /uutiskirje/arkisto/2023-10-02 for a
// day's letter, /uutiskirje/arkisto/viikko/2023-40 for a week's digest. The mail, the archive,
// its feed and the sitemap all name letters through here.
export const ISSUE_ARCHIVE_BASE = "/uutiskirje/arkisto";

// Gives the web copy's path of a day's letter.
export const dailyIssuePath = (day: string) => `${ISSUE_ARCHIVE_BASE}/${day}`;

// Gives the web copy's path of an ISO week's digest ("2023-40").
export const weeklyIssuePath = (week: string) => `${ISSUE_ARCHIVE_BASE}/viikko/${week}`;

// Gives the web copy's path of a letter of either kind.
export function issuePath(issue: Issue): string {
  return issue.kind === "weekly" ? weeklyIssuePath(issue.week) : dailyIssuePath(issue.day);
}

// Gives a letter's title: "Uutiskirje maanantai 2.10.2023" or "Viikon uutiset 2.–6.10.2023".
export function issueTitle(issue: Issue): string {
  return issue.kind === "weekly"
    ? `Viikon uutiset ${formatFinnishDayRange(issue.monday, issue.day)}`
    : `Uutiskirje ${formatWeekdayDate(issue.day)}`;
}
