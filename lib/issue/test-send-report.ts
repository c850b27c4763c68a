import { formatWeekdayDate } from "../content/dates";
import { maskEmail } from "../log";
import { formatKB, HTML_PART_LIMIT } from "./letter-size";
import type { TestSendResult } from "./test-send";

const capitalise = (text: string) => text[0]!.toUpperCase() + text.slice(1);

// Gives the lines `npm run newsletter -- test-send` prints.
export function describeTestSend(result: TestSendResult): string[] {
  const day = `${result.day} (${formatWeekdayDate(result.day)})`;
  const letter = result.weekly ? `the weekly digest sent on ${day}` : `the issue of ${day}`;
  if (result.kind === "not-issue-day")
    return [
      result.weekly
        ? `${day} is not the week's digest day (its last working day): nothing sent.`
        : `${day} is not an issue day (weekend or Finnish public holiday): nothing sent.`,
    ];
  if (result.kind === "no-articles")
    return [`${capitalise(letter)} has no articles in these topics: nothing sent.`];
  const over = result.htmlBytes > HTML_PART_LIMIT;
  return [
    `Test letter of ${letter}: "${result.subject}"`,
    `HTML part: ${formatKB(result.htmlBytes)} (limit ${formatKB(HTML_PART_LIMIT)}${over ? ": send would refuse this issue" : ""}).`,
    ...result.letters.map((l) =>
      l.failure
        ? `NOT sent to ${maskEmail(l.to)}: ${l.failure.summary} (${l.failure.said})`
        : `Sent to ${maskEmail(l.to)}${l.ownLinks ? " with its own manage and unsubscribe links" : " (not a subscriber: its links lead to the sign-up page)"}.`,
    ),
    ...(result.notLive.length
      ? [
          `Not live yet (normal the evening before; send checks them again before mailing readers):`,
          ...result.notLive.map((d) => `  ${d.url}: ${d.status ?? d.error ?? "no answer"}`),
        ]
      : ["Every link answers 200 at the site."]),
    "Nothing was recorded: no send log, suppression or statistics.",
  ];
}
