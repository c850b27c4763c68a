import { describeError } from "../log";
import type { MailMessage } from "../mail/message";
import { retryDelay } from "../mail/retry-delay";
import type { MailTransport, SendOptions } from "../mail/transport";
import { classifySendError, type SendErrorKind } from "./send-errors";

export type HandOffOptions = {
  retries: number;
  retryBaseMs: number;
  sleep: (ms: number) => Promise<void>;
  pace: () => Promise<void>;
};

export type HandOff =
  { ok: true } | { ok: false; kind: SendErrorKind; reply: boolean; error: string };

// Gives the outcome of handing one message to the transport, retrying transient failures
// with doubling back-off (capped at a minute: the run is waiting); `reply` says whether the server answered (4xx/5xx) or was unreachable.
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
      const kind = classifySendError(error);
      if (kind === "transient" && attempt <= options.retries) {
        await options.sleep(
          retryDelay(attempt - 1, { baseMs: options.retryBaseMs, maxMs: 60_000 }),
        );
        continue;
      }
      const reply = typeof (error as { responseCode?: unknown })?.responseCode === "number";
      if (kind === "fatal") throw error;
      return { ok: false, kind, reply, error: describeError(error) };
    }
  }
}
