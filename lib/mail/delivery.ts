import {
  claimDueMail,
  findSuppression,
  markMailFailed,
  markMailSent,
  recordHardBounce,
  recordSentMail,
  type Db,
} from "@/lib/db";
import { describeError, maskEmail, type Logger } from "@/lib/log";
import { mailMessageSchema } from "./message";
import { OUTBOX_RETRY, retryDelay } from "./retry-delay";
import type { MailTransport } from "./transport";

export type DeliveryDeps = { db: Db; transport: MailTransport; clock: () => number; log: Logger };

const responseCode = (error: unknown) => (error as { responseCode?: unknown })?.responseCode;

// Sends every message that is due; gives how many were sent and how many failed. A message
// to a hard-bounced address is dropped unsent; a 5xx refusal counts as a hard bounce.
export async function deliverQueuedMail(deps: DeliveryDeps, batchSize = 10) {
  let sent = 0;
  let failed = 0;
  for (;;) {
    const batch = await claimDueMail(deps.db, deps.clock(), batchSize);
    if (batch.length === 0) return { sent, failed };
    for (const item of batch) {
      const who = maskEmail(item.recipient);
      try {
        const message = mailMessageSchema.parse(JSON.parse(item.message));
        const suppressed = await findSuppression(deps.db, item.recipient, deps.clock());
        if (suppressed?.reason === "hard-bounce") {
          await markMailSent(deps.db, item.id);
          deps.log.info(`mail to ${who} dropped: the address hard-bounced before`);
          continue;
        }
        const bounceRef = message.subscriberId
          ? { kind: "outbox" as const, id: item.id, subscriberId: message.subscriberId }
          : undefined;
        await deps.transport.send(message, { key: `outbox-${item.id}`, bounceRef });
        await markMailSent(deps.db, item.id);
        if (message.subscriberId)
          await recordSentMail(deps.db, `o${item.id}`, message.subscriberId, deps.clock());
        sent++;
      } catch (error) {
        failed++;
        const reason = describeError(error);
        const code = responseCode(error);
        if (typeof code === "number" && code >= 500) {
          // The receiving server refused the address for good: never retry, never mail it again.
          await recordHardBounce(deps.db, {
            key: `smtp:o${item.id}`,
            email: item.recipient,
            at: deps.clock(),
            source: "smtp",
            statusCode: String(code),
            diagnostic: reason,
            issueDate: null,
          });
          deps.log.warn(`mail to ${who} refused (${reason}); address suppressed`);
          continue;
        }
        await markMailFailed(
          deps.db,
          item.id,
          deps.clock() + retryDelay(item.attempts, OUTBOX_RETRY),
          reason,
        );
        deps.log.warn(`mail to ${who} failed (${reason}); will retry`);
      }
    }
    if (failed > 0) return { sent, failed };
  }
}
