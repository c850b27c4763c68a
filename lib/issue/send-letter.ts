import { recordHardBounce, releaseIssueSends, type Db } from "../db";
import { maskEmail, type Logger } from "../log";
import type { MailFailure } from "../mail/failure";
import type { MailTransport } from "../mail/transport";
import type { QueuedSend } from "./claim-queue";
import { handOffWithRetry, type HandOffOptions } from "./hand-off";
import type { IssueLetter } from "./issue-letters";
import type { openSendLogWriter } from "./send-log-writer";

// A reader whose mail was refused for now is tried again by a later run, from this long on.
const DEFER_MS = 5 * 60_000;

export type LetterRun = {
  db: Db;
  day: string;
  runId: string;
  transport: MailTransport;
  log: Logger;
  clock: () => number;
  handOff: HandOffOptions;
  writeLetter: (row: QueuedSend) => IssueLetter | null;
  record: ReturnType<typeof openSendLogWriter>;
  // A fault of ours or a relay that does not answer: called before anything is written, so
  // the run's other workers hand off nothing more.
  stop: (failure: MailFailure) => void;
};

export type LetterOutcome = "sent" | "skipped" | "failed" | "deferred" | "stopped";

// Sends one claimed reader's letter and records what became of it: sent; skipped (suppressed,
// not confirmed, nothing new); failed (the mailbox is gone: suppressed); deferred (refused for
// now: given back until later); or stopped (given back at once, nobody suppressed).
export async function sendLetter(row: QueuedSend, run: LetterRun): Promise<LetterOutcome> {
  const id = row.subscriberId;
  const letter = row.suppression ? null : run.writeLetter(row);
  if (!letter) {
    const error = row.suppression ? `suppressed: ${row.suppression.reason}` : undefined;
    await run.record({ subscriberId: id, status: "skipped", at: run.clock(), error });
    return "skipped";
  }
  const bounceRef = { kind: "issue" as const, day: run.day, subscriberId: id };
  const sendOptions = { key: letter.key, bounceRef };
  const outcome = await handOffWithRetry(run.transport, letter.message, sendOptions, run.handOff);
  if (outcome.ok) {
    await run.record({ subscriberId: id, status: "sent", at: run.clock() });
    return "sent";
  }
  const { failure } = outcome;
  const who = maskEmail(row.email);
  const at = run.clock();
  const claim = { day: run.day, runId: run.runId, ids: [id] };
  if (failure.outcome === "recipient-gone") {
    await run.record({ subscriberId: id, status: "failed", at, error: failure.said });
    await recordHardBounce(run.db, {
      key: `smtp:i${run.day}:${id}`,
      email: row.email,
      at,
      source: "smtp",
      statusCode: failure.status,
      diagnostic: failure.said,
      issueDate: run.day,
    });
    run.log.warn(`issue ${run.day} to ${who} refused: ${failure.said}`);
    return "failed";
  }
  if (failure.outcome === "recipient-later") {
    await releaseIssueSends(run.db, claim, at + DEFER_MS, failure.said);
    run.log.warn(`issue ${run.day} to ${who} deferred: ${failure.said}`);
    return "deferred";
  }
  run.stop(failure);
  await releaseIssueSends(run.db, claim, null, failure.said);
  return "stopped";
}
