import path from "node:path";
import type { Env } from "../env";
import { dkimFromEnv } from "./dkim";
import { createMailTransport, type MailTransport } from "./transport";

// Gives the one transport every mail goes through (confirmation, "already subscribed", the
// issue), built from the configuration: SMTP or .eml files, DKIM-signed when configured,
// VERP envelope senders when BOUNCE_ADDRESS is set. `tokenSecret` signs the VERP tokens.
// Throws, naming the variable, when the DKIM key cannot be read.
export function createTransportFromEnv(
  env: Env,
  options: { tokenSecret: string; pool?: boolean; maxConnections?: number },
): MailTransport {
  return createMailTransport({
    from: env.MAIL_FROM,
    smtpUrl: env.SMTP_URL,
    outboxDir: env.MAIL_OUTBOX_DIR ?? path.join(env.DATA_DIR, "outbox"),
    pool: options.pool,
    maxConnections: options.maxConnections,
    dkim: dkimFromEnv(env),
    bounces: env.BOUNCE_ADDRESS
      ? { address: env.BOUNCE_ADDRESS, secret: options.tokenSecret }
      : undefined,
  });
}
