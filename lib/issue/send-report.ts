import { formatWeekdayDate } from "../content/dates";
import type { SendResult } from "./send-issue";
import type { DryRunResult } from "./send-preview";

// Gives the lines `npm run newsletter -- send` prints about a run.
export function describeSendResult(result: SendResult | DryRunResult): string[] {
  const day = `${result.day} (${formatWeekdayDate(result.day)})`;
  switch (result.kind) {
    case "not-issue-day":
      return [`${day} is not an issue day (weekend or Finnish public holiday): nothing sent.`];
    case "no-articles":
      return [`No articles for the issue of ${day}: nothing sent.`];
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
      ];
    case "sent":
      return [
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
