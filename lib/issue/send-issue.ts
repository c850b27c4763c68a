import { randomUUID } from "node:crypto";
import type { Article } from "../content/articles";
import { countIssueSends, enqueueIssueSends, releaseIssueSends, type Db } from "../db";
import type { Logger } from "../log";
import type { MailFailure } from "../mail/failure";
import type { MailTransport } from "../mail/transport";
import type { LinkDeps } from "../subscription/links";
import { openClaimQueue } from "./claim-queue";
import { planDay, planLinks, plannedRhythms } from "./day-plan";
import { isIssueDay } from "./issue-calendar";
import { issueLetterWriter } from "./issue-letters";
import { measureLetters, type LetterSize } from "./letter-size";
import type { DeadLink } from "./live-links";
import { createPacer } from "./pacer";
import { sendLetter, type LetterRun } from "./send-letter";
import { openSendLogWriter } from "./send-log-writer";

export type SendOptions = {
  concurrency: number; // parallel hand-offs, at most the pool's SMTP connections
  ratePerSecond: number; // 0 = as fast as the server takes them
  retries: number; // extra tries of a temporary failure within this run
  retryBaseMs: number;
  // How long a claim blocks other runs unless this run renews it (every quarter of it, while
  // it lives): a dead run's claims return this long after it died.
  leaseMs: number;
  batchSize?: number; // rows claimed per statement (default 100)
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
  // Told after each letter how many this run has settled of those unsent when it started.
  progress?: (done: number, total: number) => void;
};

export type SendTally = { sent: number; skipped: number; failed: number; deferred: number };

// `remaining`: rows of the issue not yet sent after this run (deferred, given back, or another
// run's); `stopped`: the failure that ended the run early (ours, or a relay that did not answer).
type SendSummary = SendTally & { remaining: number; stopped?: MailFailure };

export type SendResult =
  | { kind: "not-issue-day"; day: string }
  | { kind: "no-articles"; day: string }
  // Some reader's letter would be clipped by Gmail (./letter-size.ts): nothing queued or sent.
  | { kind: "too-large"; day: string; over: LetterSize[] }
  | { kind: "dead-links"; day: string; dead: DeadLink[] }
  | ({ kind: "sent"; day: string; largest: LetterSize | null } & SendSummary);

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

// Sends the letters of `day` to every confirmed subscriber with something new in their topics:
// the day's letter to daily readers and, on the week's digest day, the digest to weekly ones
// (lib/issue/day-plan.ts); exactly once per subscriber and day however many runs start or
// restart: each mail is claimed in the send log before its hand-off to SMTP and marked sent
// right after. Sends nothing (and queues nothing) unless every link answers 200 first. A fault of ours or a relay that
// does not answer stops the run with every unsent row given back and nobody suppressed;
// something else failing (the database) throws, after giving back what it can.
export async function sendIssue(day: string, deps: SendDeps): Promise<SendResult> {
  if (!isIssueDay(day)) return { kind: "not-issue-day", day };
  const plan = planDay(deps.articles, day);
  const rhythms = plannedRhythms(plan);
  if (rhythms.length === 0) return { kind: "no-articles", day };
  const sizes = measureLetters(plan, deps.links);
  if (sizes.over.length > 0) return { kind: "too-large", day, over: sizes.over };
  // Before the first row is queued: a dead link stops the whole issue, never half of it.
  const dead = await deps.checkLinks(planLinks(plan, deps.links.siteUrl));
  if (dead.length > 0) return { kind: "dead-links", day, dead };
  await enqueueIssueSends(deps.db, day, rhythms);

  const { db, links, options } = deps;
  const runId = deps.runId ?? randomUUID();
  const sleep = deps.sleep ?? wait;
  const tally: SendTally = { sent: 0, skipped: 0, failed: 0, deferred: 0 };
  const unsent = deps.progress && (await countIssueSends(db, day));
  const reportProgress = () =>
    unsent &&
    deps.progress!(
      tally.sent + tally.skipped + tally.failed + tally.deferred,
      unsent.pending + unsent.sending,
    );
  const givenBack: number[] = [];
  let fatal: unknown;
  let stopped: MailFailure | undefined;
  const queue = openClaimQueue({
    db,
    day,
    runId,
    clock: links.clock,
    sleep,
    leaseMs: options.leaseMs,
    batchSize: options.batchSize ?? 100,
    onLostLeases: (error) => (fatal ??= error),
  });

  const run: LetterRun = {
    db,
    day,
    runId,
    transport: deps.transport,
    log: deps.log,
    clock: links.clock,
    handOff: { ...options, sleep, pace: createPacer(options.ratePerSecond, sleep) },
    writeLetter: issueLetterWriter(plan, links),
    record: openSendLogWriter(db, { day, runId }),
    stop: (failure) => (stopped ??= failure),
  };

  async function worker() {
    try {
      while (fatal === undefined && stopped === undefined) {
        const row = await queue.take();
        if (!row) return;
        if (!queue.holds(row.subscriberId)) continue; // its lease went to another run
        if (fatal !== undefined || stopped !== undefined) givenBack.push(row.subscriberId);
        else {
          const outcome = await sendLetter(row, run);
          if (outcome !== "stopped") tally[outcome]++;
          reportProgress();
        }
        queue.done(row.subscriberId);
      }
    } catch (error) {
      fatal ??= error;
    }
  }

  await Promise.all(Array.from({ length: Math.max(1, options.concurrency) }, worker));
  givenBack.push(...queue.close());
  await releaseIssueSends(db, { day, runId, ids: givenBack }, null).catch((e) => (fatal ??= e));
  if (fatal !== undefined) throw fatal;
  const log = await countIssueSends(db, day);
  const remaining = log.pending + log.sending;
  return { kind: "sent", day, largest: sizes.largest, ...tally, remaining, stopped };
}
