import { maskEmail } from "../log";
import type { MailMessage } from "../mail/message";
import type { MailTransport, SendOptions } from "../mail/transport";
import { classifySendError, sendRetryDelay, type SendErrorKind } from "./send-errors";

export type HandOffOptions = {
  retries: number;
  retryBaseMs: number;
  sleep: (ms: number) => Promise<void>;
  pace: () => Promise<void>;
};

export type HandOff =
  { ok: true } | { ok: false; kind: SendErrorKind; reply: boolean; error: string };

// SMTP replies often quote the recipient; neither the log nor the send log repeats it.
export function describeSendError(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.replace(/[^\s<>"]+@[^\s<>"]+/g, (m) => maskEmail(m));
}

// Gives the outcome of handing one message to the transport, retrying transient failures
// with doubling back-off; `reply` says whether the server answered (4xx/5xx) or was unreachable.
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
        await options.sleep(sendRetryDelay(attempt, options.retryBaseMs));
        continue;
      }
      const reply = typeof (error as { responseCode?: unknown })?.responseCode === "number";
      if (kind === "fatal") throw error;
      return { ok: false, kind, reply, error: describeSendError(error) };
    }
  }
}
