import { claimDueMail, markMailFailed, markMailSent, type Db } from "@/lib/db";
import { describeError, maskEmail, type Logger } from "@/lib/log";
import { mailMessageSchema } from "./message";
import { OUTBOX_RETRY, retryDelay } from "./retry-delay";
import type { MailTransport } from "./transport";

export type DeliveryDeps = { db: Db; transport: MailTransport; clock: () => number; log: Logger };

// Sends every message that is due; gives how many were sent and how many failed.
export async function deliverQueuedMail(deps: DeliveryDeps, batchSize = 10) {
  let sent = 0;
  let failed = 0;
  for (;;) {
    const batch = await claimDueMail(deps.db, deps.clock(), batchSize);
    if (batch.length === 0) return { sent, failed };
    for (const item of batch) {
      try {
        const message = mailMessageSchema.parse(JSON.parse(item.message));
        await deps.transport.send(message, { key: `outbox-${item.id}` });
        await markMailSent(deps.db, item.id);
        sent++;
      } catch (error) {
        failed++;
        const reason = describeError(error);
        const retryAt = deps.clock() + retryDelay(item.attempts, OUTBOX_RETRY);
        await markMailFailed(deps.db, item.id, retryAt, reason);
        deps.log.warn(`mail to ${maskEmail(item.recipient)} failed (${reason}); will retry`);
      }
    }
    if (failed > 0) return { sent, failed };
  }
}
