import { claimDueMail, markMailFailed, markMailSent, type Db } from "@/lib/db";
import { maskEmail, type Logger } from "@/lib/log";
import { mailMessageSchema } from "./message";
import type { MailTransport } from "./transport";

const MAX_BACKOFF_MS = 60 * 60_000;

// 30 s, 1 min, 2 min … capped at an hour: SMTP being down for a while loses nothing.
export function retryDelay(attempts: number): number {
  return Math.min(30_000 * 2 ** attempts, MAX_BACKOFF_MS);
}

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
        const bounceRef = message.subscriberId
          ? { kind: "outbox" as const, id: item.id, subscriberId: message.subscriberId }
          : undefined;
        await deps.transport.send(message, { key: `outbox-${item.id}`, bounceRef });
        await markMailSent(deps.db, item.id);
        sent++;
      } catch (error) {
        failed++;
        // SMTP replies often quote the recipient; the log must not.
        const reason = (error instanceof Error ? error.message : String(error)).replace(
          /[^\s<>"]+@[^\s<>"]+/g,
          (m) => maskEmail(m),
        );
        await markMailFailed(deps.db, item.id, deps.clock() + retryDelay(item.attempts), reason);
        deps.log.warn(`mail to ${maskEmail(item.recipient)} failed (${reason}); will retry`);
      }
    }
    if (failed > 0) return { sent, failed };
  }
}
