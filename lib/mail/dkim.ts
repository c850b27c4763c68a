import { createPrivateKey } from "node:crypto";
import fs from "node:fs";
import type { Env } from "../env";

export type DkimOptions = {
  domainName: string;
  keySelector: string;
  privateKey: string;
  headerFieldNames?: string;
};

// RFC 6376 §5.4.1 recommends these; List-Unsubscribe-Post must be signed for RFC 8058
// one-click, and Feedback-ID for Gmail's feedback loop to trust it. Nodemailer signs the
// names that are present in the message, in this order.
export const SIGNED_HEADERS = [
  "From",
  "Sender",
  "Reply-To",
  "Subject",
  "Date",
  "Message-ID",
  "To",
  "Cc",
  "MIME-Version",
  "Content-Type",
  "Content-Transfer-Encoding",
  "In-Reply-To",
  "References",
  "List-Id",
  "List-Unsubscribe",
  "List-Unsubscribe-Post",
  "Feedback-ID",
].join(":");

function readKey(env: Env): { variable: string; pem: string } {
  if (env.DKIM_PRIVATE_KEY) {
    return { variable: "DKIM_PRIVATE_KEY", pem: env.DKIM_PRIVATE_KEY.replace(/\\n/g, "\n") };
  }
  try {
    return {
      variable: "DKIM_PRIVATE_KEY_FILE",
      pem: fs.readFileSync(env.DKIM_PRIVATE_KEY_FILE!, "utf8"),
    };
  } catch (error) {
    throw new Error(
      `DKIM_PRIVATE_KEY_FILE: cannot read ${env.DKIM_PRIVATE_KEY_FILE} (${(error as Error).message})`,
    );
  }
}

// Gives the DKIM signing options the configuration describes, or undefined when DKIM is off.
// lib/env has already refused a partial set; here an unreadable or malformed key throws,
// naming the variable, so the start stops instead of sending unsigned or unverifiable mail.
export function dkimFromEnv(env: Env): DkimOptions | undefined {
  if (!env.DKIM_DOMAIN || !env.DKIM_SELECTOR) return undefined;
  const { variable, pem } = readKey(env);
  try {
    createPrivateKey(pem);
  } catch {
    throw new Error(`${variable}: not a PEM private key (expected -----BEGIN PRIVATE KEY-----)`);
  }
  return {
    domainName: env.DKIM_DOMAIN,
    keySelector: env.DKIM_SELECTOR,
    privateKey: pem,
    headerFieldNames: SIGNED_HEADERS,
  };
}
