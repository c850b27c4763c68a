import { randomUUID } from "node:crypto";
import type { Article } from "../content/articles";
import {
  claimNextIssueSend,
  countIssueSends,
  enqueueIssueSends,
  finishIssueSend,
  releaseIssueSend,
  type Db,
} from "../db";
import { maskEmail, type Logger } from "../log";
import type { MailTransport } from "../mail/transport";
import { articlesInIssueWindow, composeIssue } from "./compose-issue";
import { isIssueDay } from "./issue-calendar";
import { buildIssueMail } from "./issue-mail";
import { manageUrl, oneClickUnsubscribeUrl, type LinkDeps } from "./links";
import { createPacer } from "./pacer";
import { classifySendError, sendRetryDelay } from "./send-errors";

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
  | ({ kind: "sent"; day: string } & SendSummary);

const DEFER_MS = 5 * 60_000;

const hasReply = (error: unknown) =>
  typeof (error as { responseCode?: unknown })?.responseCode === "number";

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
// SMTP replies often quote the recipient; neither the log nor the send log repeats it.
const message = (error: unknown) =>
  (error instanceof Error ? error.message : String(error)).replace(/[^\s<>"]+@[^\s<>"]+/g, (m) =>
    maskEmail(m),
  );

// Sends the issue of `day` to every confirmed subscriber with something new in their topics,
// exactly once per subscriber however many runs start or restart: each mail is claimed in the
// send log before its hand-off to SMTP and marked sent right after. Throws (after giving back
// its unsent claims) when something other than one mail fails, such as the database.
export async function sendIssue(day: string, deps: SendDeps): Promise<SendResult> {
  if (!isIssueDay(day)) return { kind: "not-issue-day", day };
  const window = articlesInIssueWindow(deps.articles, day);
  if (window.length === 0) return { kind: "no-articles", day };
  await enqueueIssueSends(deps.db, day);

  const runId = deps.runId ?? randomUUID();
  const sleep = deps.sleep ?? wait;
  const pace = createPacer(deps.options.ratePerSecond, sleep);
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
    const issue = claimed.confirmed ? composeIssue(window, day, claimed.topics) : null;
    if (!issue) {
      await finishIssueSend(deps.db, claim, { status: "skipped", at: now });
      tally.skipped++;
      return true;
    }
    const id = claimed.subscriberId;
    const mail = buildIssueMail({
      issue,
      subscriberId: id,
      siteUrl: deps.links.siteUrl,
      links: {
        manageTopics: manageUrl(deps.links, id),
        unsubscribe: manageUrl(deps.links, id),
        oneClickUnsubscribe: oneClickUnsubscribeUrl(deps.links, id),
      },
    });
    const outgoing = {
      to: claimed.email,
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
      headers: mail.headers,
    };
    for (let attempt = 1; ; attempt++) {
      await pace();
      try {
        await deps.transport.send(outgoing, { key: mail.messageKey });
        await finishIssueSend(deps.db, claim, { status: "sent", at: deps.links.clock() });
        tally.sent++;
        return true;
      } catch (error) {
        const kind = classifySendError(error);
        if (kind === "permanent") {
          await finishIssueSend(deps.db, claim, {
            status: "failed",
            at: deps.links.clock(),
            error: message(error),
          });
          deps.log.warn(`issue ${day} to ${maskEmail(claimed.email)} refused: ${message(error)}`);
          tally.failed++;
          return true;
        }
        if (kind === "transient" && attempt <= deps.options.retries) {
          await sleep(sendRetryDelay(attempt, deps.options.retryBaseMs));
          continue;
        }
        tally.deferred++;
        if (kind === "fatal" || !hasReply(error)) {
          // Not this recipient's fault: the server is unreachable, or something else broke.
          // Stop the other workers first, so that none picks up the row given back here.
          if (kind === "transient") stopped ??= `mail server unreachable: ${message(error)}`;
          else fatal ??= error;
          await releaseIssueSend(deps.db, claim, null, message(error));
          return false;
        }
        // A 4xx for this recipient (greylisting, full mailbox): later in this run, or the next.
        const retryAt = deps.links.clock() + DEFER_MS;
        await releaseIssueSend(deps.db, claim, retryAt, message(error));
        deps.log.warn(`issue ${day} to ${maskEmail(claimed.email)} deferred: ${message(error)}`);
        return true;
      }
    }
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
