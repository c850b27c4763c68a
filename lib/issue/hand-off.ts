import { classifyMailError, type MailFailure } from "../mail/failure";
import type { MailMessage } from "../mail/message";
import { retryDelay } from "../mail/retry-delay";
import type { MailTransport, SendOptions } from "../mail/transport";

export type HandOffOptions = {
  retries: number;
  retryBaseMs: number;
  sleep: (ms: number) => Promise<void>;
  pace: () => Promise<void>;
};

export type HandOff = { ok: true } | { ok: false; failure: MailFailure };

// Gives the outcome of handing one message to the transport. A temporary failure (a 4xx, or
// no answer) is tried again within the run with doubling back-off, capped at a minute (the
// run is waiting); what the failure means is the one classifier's word (lib/mail/failure.ts).
export async function handOffWithRetry(
  transport: MailTransport,
  message: MailMessage,
  sendOptions: SendOptions,
  options: HandOffOptions,
): Promise<HandOff> {
  for (let attempt = 1; ; attempt++) {
    await options.pace();
    try {
      await transport.send(message, sendOptions);
      return { ok: true };
    } catch (error) {
      const failure = classifyMailError(error);
      const again = failure.temporary && failure.outcome !== "recipient-gone";
      if (!again || attempt > options.retries) return { ok: false, failure };
      await options.sleep(retryDelay(attempt - 1, { baseMs: options.retryBaseMs, maxMs: 60_000 }));
    }
  }
}
