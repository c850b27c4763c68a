import {
  claimDueMail,
  findSuppression,
  markMailFailed,
  markMailSent,
  recordHardBounce,
  recordSentMail,
  releaseMail,
  renewMailLeases,
  type Db,
  type OutboxItem,
} from "@/lib/db";
import { describeError, maskEmail, type Logger } from "@/lib/log";
import { classifyMailError, type MailFailure } from "./failure";
import { keepLeasesRenewed } from "./lease-renewal";
import { mailMessageSchema } from "./message";
import { OUTBOX_LIFETIME_MS, OUTBOX_RETRY, retryDelay } from "./retry-delay";
import type { MailTransport } from "./transport";

export type DeliveryDeps = { db: Db; transport: MailTransport; clock: () => number; log: Logger };

// `stopped`: a fault of ours or a relay that did not answer ended the pass; every message it
// had not sent is still queued, none counted as failed, nobody suppressed.
export type DeliveryResult = { sent: number; failed: number; stopped?: MailFailure };

// A batch's lease; renewed while the pass lives, so a slow relay never frees a message that
// is being sent, and a crashed process's messages return within half a minute.
const LEASE_MS = 30_000;

type Outcome = "sent" | "dropped" | "failed" | MailFailure;

// Records a failed attempt of the reader's (or of the stored message): tried again after the
// back-off, or given up, unsent and without suppressing anyone, once the message is older than
// the queue's lifetime.
async function failedAttempt(deps: DeliveryDeps, item: OutboxItem, error: string, now: number) {
  const who = maskEmail(item.recipient);
  if (now - item.created_at >= OUTBOX_LIFETIME_MS) {
    await markMailSent(deps.db, item.id);
    deps.log.warn(
      `mail to ${who} given up after ${item.attempts + 1} tries over ${OUTBOX_LIFETIME_MS / 86_400_000} days (last: ${error}); not sent`,
    );
    return;
  }
  await markMailFailed(deps.db, item.id, now + retryDelay(item.attempts, OUTBOX_RETRY), error);
  deps.log.warn(`mail to ${who} failed (${error}); will retry`);
}

function readStored(text: string) {
  try {
    return mailMessageSchema.safeParse(JSON.parse(text));
  } catch (error) {
    return { success: false as const, error: error as Error };
  }
}

async function deliverOne(deps: DeliveryDeps, item: OutboxItem): Promise<Outcome> {
  const who = maskEmail(item.recipient);
  const parsed = readStored(item.message);
  const now = deps.clock();
  if (!parsed.success) {
    // A stored message that no longer parses is a bug to hear about, not a reason to stop.
    deps.log.error(`queued mail ${item.id} does not parse: ${parsed.error.message}`);
    await failedAttempt(deps, item, "bad message", now);
    return "failed";
  }
  const message = parsed.data;
  if ((await findSuppression(deps.db, item.recipient, now))?.reason === "hard-bounce") {
    await markMailSent(deps.db, item.id);
    deps.log.info(`mail to ${who} dropped: the address hard-bounced before`);
    return "dropped";
  }
  const bounceRef = message.subscriberId
    ? { kind: "outbox" as const, id: item.id, subscriberId: message.subscriberId }
    : undefined;
  try {
    await deps.transport.send(message, { key: `outbox-${item.id}`, bounceRef });
  } catch (error) {
    const failure = classifyMailError(error);
    if (failure.outcome === "recipient-gone") {
      await recordHardBounce(deps.db, {
        key: `smtp:o${item.id}`,
        email: item.recipient,
        at: deps.clock(),
        source: "smtp",
        statusCode: failure.status,
        diagnostic: failure.said,
        issueDate: null,
      });
      deps.log.warn(`mail to ${who} refused (${failure.said}); address suppressed`);
      return "failed";
    }
    if (failure.outcome === "recipient-later") {
      await failedAttempt(deps, item, failure.said, deps.clock());
      return "failed";
    }
    return failure;
  }
  await markMailSent(deps.db, item.id);
  if (message.subscriberId)
    await recordSentMail(deps.db, `o${item.id}`, message.subscriberId, deps.clock());
  return "sent";
}

// Sends every message that is due; gives how many were sent and how many failed. A message
// to a hard-bounced address is dropped unsent; what a refusal means is the one classifier's
// word (./failure.ts): the reader's mailbox gone suppresses the address, the reader's mail
// refused for now retries that message with back-off (for 5 days at most), and a fault of
// ours or a relay that does not answer stops the pass with every message kept as it was.
export async function deliverQueuedMail(
  deps: DeliveryDeps,
  batchSize = 10,
): Promise<DeliveryResult> {
  let sent = 0;
  let failed = 0;
  for (;;) {
    const batch = await claimDueMail(deps.db, deps.clock(), batchSize, LEASE_MS);
    if (batch.length === 0) return { sent, failed };
    const held = new Set(batch.map((item) => item.id));
    const stopRenewing = keepLeasesRenewed(
      () => renewMailLeases(deps.db, [...held], deps.clock() + LEASE_MS),
      LEASE_MS,
      (error) => deps.log.error(`outbox leases not renewed: ${describeError(error)}`),
    );
    try {
      for (const item of batch) {
        const outcome = await deliverOne(deps, item);
        held.delete(item.id);
        if (outcome === "sent") sent++;
        else if (outcome === "failed") failed++;
        else if (outcome !== "dropped") {
          await releaseMail(deps.db, [item.id], outcome.said);
          await releaseMail(deps.db, [...held]);
          held.clear();
          return { sent, failed, stopped: outcome };
        }
      }
    } finally {
      stopRenewing();
    }
    if (failed > 0) return { sent, failed };
  }
}
