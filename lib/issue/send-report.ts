import { formatWeekdayDate } from "../content/dates";
import { formatKB, HTML_PART_LIMIT, type LetterSize } from "./letter-size";
import type { SendResult } from "./send-issue";
import type { DryRunResult } from "./send-preview";

// "daily readers of talous, verotus": whose letter a size is.
const readersOf = (size: LetterSize) => `${size.frequency} readers of ${size.topics.join(", ")}`;

// Gives the line that names the day's largest letter (what Gmail would clip is over 102 KB).
export function describeLargestLetter(size: LetterSize | null): string[] {
  if (!size) return [];
  return [
    `Largest HTML part: ${formatKB(size.bytes)} (${readersOf(size)}; limit ${formatKB(HTML_PART_LIMIT)}).`,
  ];
}

// Gives the lines `npm run newsletter -- send` prints about a run.
export function describeSendResult(result: SendResult | DryRunResult): string[] {
  const day = `${result.day} (${formatWeekdayDate(result.day)})`;
  switch (result.kind) {
    case "not-issue-day":
      return [`${day} is not an issue day (weekend or Finnish public holiday): nothing sent.`];
    case "no-articles":
      return [`No articles for the issue of ${day}: nothing sent.`];
    case "too-large":
      return [
        `Issue of ${day} NOT sent: Gmail would clip the letter and hide what is below, the unsubscribe links included.`,
        ...result.over.map(
          (o) =>
            `  ${readersOf(o)}: HTML part ${formatKB(o.bytes)}, over ${formatKB(HTML_PART_LIMIT)}`,
        ),
        "Nothing was queued or sent. Move some of the day's articles to another day (or shorten their leads), build, and run send again.",
      ];
    case "dead-links":
      return [
        `Issue of ${day} NOT sent: ${result.dead.length} of its links do not answer 200 at the site, so subscribers would get dead links.`,
        ...result.dead.map((d) => `  ${d.url}: ${d.status ?? d.error ?? "no answer"}`),
        "Nothing was queued or sent. Check that the site runs the current build (docs/publishing.md), then run send again.",
      ];
    case "dry-run":
      return [
        `Dry run for the issue of ${day}: nothing sent, nothing recorded.`,
        `${result.withNews} of ${result.confirmed} confirmed subscribers have news in their topics.`,
        `Send log so far: ${result.log.sent} sent, ${result.log.skipped} skipped, ${result.log.failed} failed, ` +
          `${result.log.pending + result.log.sending} not yet sent.`,
        ...describeLargestLetter(result.largest),
        ...result.over.map(
          (o) =>
            `TOO LARGE for ${readersOf(o)}: ${formatKB(o.bytes)}; send would refuse this issue.`,
        ),
      ];
    case "sent":
      return [
        ...describeLargestLetter(result.largest),
        `Issue of ${day}: ${result.sent} sent by this run, ${result.skipped} skipped (nothing new in their topics, or suppressed).`,
        ...(result.failed
          ? [
              `${result.failed} refused for good: the reader's mailbox does not exist (suppressed; see the send log).`,
            ]
          : []),
        ...(result.deferred
          ? [
              `${result.deferred} deferred: the reader's mail was refused for now. Run send again later.`,
            ]
          : []),
        ...(result.stopped
          ? [
              `STOPPED: ${result.stopped.summary}`,
              `${result.remaining} not yet sent: nobody was suppressed for this; run send again once it is fixed.`,
            ]
          : result.remaining > result.deferred
            ? [`${result.remaining - result.deferred} held by another run that is sending now.`]
            : []),
      ];
  }
}
