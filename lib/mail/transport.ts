import { randomUUID } from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import nodemailer from "nodemailer";
import type { DkimOptions } from "./dkim";
import { extraHeaders, type MailMessage } from "./message";
import { bounceAddress, type BounceRef } from "./verp";

export type TransportOptions = {
  from: string;
  // smtp(s)://user:pass@host:port; without it messages go to `outboxDir` as .eml files.
  smtpUrl?: string;
  outboxDir: string;
  // Keep SMTP connections open between messages (bulk sends), at most this many at once.
  pool?: boolean;
  maxConnections?: number;
  dkim?: DkimOptions;
  // VERP: each message's envelope sender names the message and the subscriber (see verp.ts).
  bounces?: { address: string; secret: string };
};

export type SendOptions = {
  // Names the message (Message-ID, file name): sending the same key twice writes one file.
  key?: string;
  // Which mail this is, for the envelope sender a bounce comes back to.
  bounceRef?: BounceRef;
};

export type MailTransport = {
  readonly kind: "smtp" | "outbox";
  send(message: MailMessage, options?: SendOptions): Promise<void>;
  close(): void;
};

const addressOf = (from: string) => from.match(/<([^>]+)>/)?.[1] ?? from.trim();

// How long a relay may stay silent: connecting, its greeting, and any reply after that (the
// final one to DATA included). nodemailer's defaults (2 min, 30 s, 10 min) would hold a mail
// in flight longer than the claim that guards it against a second sender; these stay well
// under the claims' 60 s leases, which are renewed while a mail is in flight anyway.
export const SMTP_TIMEOUTS = {
  connectionTimeout: 10_000,
  greetingTimeout: 15_000,
  socketTimeout: 30_000,
};

// Gives a transport that sends over SMTP, or writes each message as a file when SMTP_URL is unset.
export function createMailTransport(options: TransportOptions): MailTransport {
  const dkim = options.dkim ? { dkim: options.dkim } : {};
  const transporter = options.smtpUrl
    ? nodemailer.createTransport({
        url: options.smtpUrl,
        pool: options.pool ?? false,
        ...(options.maxConnections ? { maxConnections: options.maxConnections } : {}),
        ...SMTP_TIMEOUTS,
        ...dkim,
      } as never)
    : nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "unix", ...dkim });
  const domain = options.from.match(/@([^>\s]+)/)?.[1] ?? "localhost";

  function envelopeFrom(ref: BounceRef | undefined): string {
    if (!options.bounces || !ref) return addressOf(options.from);
    return bounceAddress(options.bounces.address, options.bounces.secret, ref);
  }

  return {
    kind: options.smtpUrl ? "smtp" : "outbox",
    async send(message, { key, bounceRef } = {}) {
      const name = key ?? randomUUID();
      const info = await transporter.sendMail({
        from: options.from,
        to: message.to,
        subject: message.subject,
        text: message.text,
        html: message.html,
        headers: extraHeaders(message),
        messageId: `<${name}@${domain}>`,
        envelope: { from: envelopeFrom(bounceRef), to: message.to },
      });
      if (options.smtpUrl) return;
      await fs.mkdir(options.outboxDir, { recursive: true });
      const file = path.join(options.outboxDir, `${name.replace(/[^\w.-]/g, "_")}.eml`);
      // Write-then-rename: a reader (or a crash) never sees half a message.
      await fs.writeFile(`${file}.tmp`, (info as unknown as { message: Buffer }).message);
      await fs.rename(`${file}.tmp`, file);
    },
    close() {
      transporter.close();
    },
  };
}
