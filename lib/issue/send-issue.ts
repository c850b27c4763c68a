import { randomUUID } from "node:crypto";
import type { Article } from "../content/articles";
import {
  claimNextIssueSend,
  countIssueSends,
  enqueueIssueSends,
  findSuppression,
  finishIssueSend,
  recordHardBounce,
  releaseIssueSend,
  type Db,
} from "../db";
import { describeError, maskEmail, type Logger } from "../log";
import type { MailTransport } from "../mail/transport";
import { articlesInIssueWindow, composeIssue } from "./compose-issue";
import { isIssueDay } from "./issue-calendar";
import { buildIssueMail } from "./issue-mail";
import { manageUrl, oneClickUnsubscribeUrl, type LinkDeps } from "../subscription/links";
import { handOffWithRetry, type HandOff } from "./hand-off";
import { issueLinks, type DeadLink } from "./live-links";
import { createPacer } from "./pacer";

export type SendOptions = {
  concurrency: number; // parallel hand-offs, at most the pool's SMTP connections
  ratePerSecond: number; // 0 = as fast as the server takes them
  retries: number; // extra tries of a transient failure within this run
  retryBaseMs: number;
  leaseMs: number; // how long a claim blocks other runs; a dead run's claims return after it
};

export type SendDeps = {
  db: Db;
  transport: MailTransport;
  articles: readonly Article[];
  links: LinkDeps;
  log: Logger;
  options: SendOptions;
  // Gives the links that are not live (see ./live-links.ts); the send stops when any is.
  checkLinks: (urls: string[]) => Promise<DeadLink[]>;
  sleep?: (ms: number) => Promise<void>;
  runId?: string;
};

export type SendTally = { sent: number; skipped: number; failed: number; deferred: number };

// `remaining`: rows of the issue not yet sent after this run (deferred, or another run's);
// `stopped`: why the run ended early (the mail server was unreachable).
type SendSummary = SendTally & { remaining: number; stopped?: string };

export type SendResult =
  | { kind: "not-issue-day"; day: string }
  | { kind: "no-articles"; day: string }
  | { kind: "dead-links"; day: string; dead: DeadLink[] }
  | ({ kind: "sent"; day: string } & SendSummary);

const DEFER_MS = 5 * 60_000;

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

// Sends the issue of `day` to every confirmed subscriber with something new in their topics,
// exactly once per subscriber however many runs start or restart: each mail is claimed in the
// send log before its hand-off to SMTP and marked sent right after. Sends nothing (and queues
// nothing) unless every link of the issue answers 200 first. Throws (after giving back
// its unsent claims) when something other than one mail fails, such as the database.
export async function sendIssue(day: string, deps: SendDeps): Promise<SendResult> {
  if (!isIssueDay(day)) return { kind: "not-issue-day", day };
  const window = articlesInIssueWindow(deps.articles, day);
  if (window.length === 0) return { kind: "no-articles", day };
  // Before the first row is queued: a dead link stops the whole issue, never half of it.
  const dead = await deps.checkLinks(issueLinks(day, window, deps.links.siteUrl));
  if (dead.length > 0) return { kind: "dead-links", day, dead };
  await enqueueIssueSends(deps.db, day);

  const runId = deps.runId ?? randomUUID();
  const sleep = deps.sleep ?? wait;
  const handOff = {
    ...deps.options,
    sleep,
    pace: createPacer(deps.options.ratePerSecond, sleep),
  };
  const tally: SendTally = { sent: 0, skipped: 0, failed: 0, deferred: 0 };
  let fatal: unknown;
  let stopped: string | undefined;

  async function sendOne(): Promise<boolean> {
    const now = deps.links.clock();
    const claimed = await claimNextIssueSend(deps.db, day, runId, now, deps.options.leaseMs);
    if (!claimed) return false;
    const claim = { day, subscriberId: claimed.subscriberId, runId };
    if (stopped !== undefined || fatal !== undefined) {
      // Another worker stopped the run while this claim was on its way.
      await releaseIssueSend(deps.db, claim, null);
      return false;
    }
    const suppressed = claimed.confirmed && (await findSuppression(deps.db, claimed.email, now));
    if (suppressed) {
      const error = `suppressed: ${suppressed.reason}`;
      await finishIssueSend(deps.db, claim, { status: "skipped", at: now, error });
      tally.skipped++;
      return true;
    }
    const issue = claimed.confirmed ? composeIssue(window, day, claimed.topics) : null;
    if (!issue) {
      await finishIssueSend(deps.db, claim, { status: "skipped", at: now });
      tally.skipped++;
      return true;
    }
    const id = claimed.subscriberId;
    const reader = { id, tokenVersion: claimed.tokenVersion };
    const mail = buildIssueMail({
      issue,
      subscriberId: id,
      siteUrl: deps.links.siteUrl,
      links: {
        manageTopics: manageUrl(deps.links, reader),
        unsubscribe: manageUrl(deps.links, reader),
        oneClickUnsubscribe: oneClickUnsubscribeUrl(deps.links, reader),
      },
    });
    const outgoing = {
      to: claimed.email,
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
      unsubscribeUrl: mail.unsubscribeUrl,
      headers: mail.headers,
    };
    let outcome: HandOff;
    try {
      const bounceRef = { kind: "issue" as const, day, subscriberId: id };
      outcome = await handOffWithRetry(
        deps.transport,
        outgoing,
        { key: mail.messageKey, bounceRef },
        handOff,
      );
    } catch (error) {
      // Something other than SMTP broke, not this mail's fault: give the row back and stop.
      fatal ??= error;
      await releaseIssueSend(deps.db, claim, null, describeError(error));
      return false;
    }
    if (outcome.ok) {
      // Outside the try above: failing to record a mail that did go out must not free its row.
      await finishIssueSend(deps.db, claim, { status: "sent", at: deps.links.clock() });
      tally.sent++;
      return true;
    }
    const who = maskEmail(claimed.email);
    if (outcome.kind === "permanent") {
      const at = deps.links.clock();
      await finishIssueSend(deps.db, claim, { status: "failed", at, error: outcome.error });
      // Refused at once with a 5xx: the same as a hard bounce arriving later.
      await recordHardBounce(deps.db, {
        key: `smtp:i${day}:${id}`,
        email: claimed.email,
        at,
        source: "smtp",
        statusCode: outcome.error.match(/\b[245]\.\d{1,3}\.\d{1,3}\b/)?.[0] ?? "5xx",
        diagnostic: outcome.error,
        issueDate: day,
      });
      deps.log.warn(`issue ${day} to ${who} refused: ${outcome.error}`);
      tally.failed++;
      return true;
    }
    tally.deferred++;
    if (!outcome.reply) {
      // The server is unreachable: stop the other workers first, so none picks up this row.
      stopped ??= `mail server unreachable: ${outcome.error}`;
      await releaseIssueSend(deps.db, claim, null, outcome.error);
      return false;
    }
    // A 4xx for this recipient (greylisting, full mailbox): later in this run, or the next.
    await releaseIssueSend(deps.db, claim, deps.links.clock() + DEFER_MS, outcome.error);
    deps.log.warn(`issue ${day} to ${who} deferred: ${outcome.error}`);
    return true;
  }

  async function worker() {
    try {
      while (fatal === undefined && stopped === undefined && (await sendOne()));
    } catch (error) {
      fatal ??= error;
    }
  }

  await Promise.all(Array.from({ length: Math.max(1, deps.options.concurrency) }, worker));
  if (fatal !== undefined) throw fatal;
  const log = await countIssueSends(deps.db, day);
  return { kind: "sent", day, ...tally, remaining: log.pending + log.sending, stopped };
}
