// The one HMAC token format: `subject.expiry.signature`, URL-safe. The purpose is signed but
// not written into the token, so a token made for one use (confirming a sign-up, previewing an
// article) is refused for every other. Subscription links (lib/subscription/tokens.ts) and
// preview links (lib/publishing/preview-link.ts) both sign with it, under TOKEN_SECRET.
import { createHmac, timingSafeEqual } from "node:crypto";

export type TokenCheck =
  { ok: true; subject: string; expiresAt: number } | { ok: false; reason: "invalid" | "expired" };

function signature(secret: string, purpose: string, subject: string, exp: string): string {
  return createHmac("sha256", secret).update(`${purpose}\n${subject}\n${exp}`).digest("base64url");
}

// Gives `subject.expiry.signature`; the subject must be URL-safe ([A-Za-z0-9_-]).
export function signToken(
  secret: string,
  token: { purpose: string; subject: string; expiresAt: number },
): string {
  if (!/^[\w-]+$/.test(token.subject)) throw new Error("token subject must be URL-safe");
  const exp = Math.floor(token.expiresAt / 1000).toString(36);
  return `${token.subject}.${exp}.${signature(secret, token.purpose, token.subject, exp)}`;
}

// Checks signature, purpose and expiry; gives the subject or why the token is refused.
export function verifyToken(
  secret: string,
  token: string,
  purpose: string,
  now: number,
): TokenCheck {
  const parts = token.split(".");
  if (parts.length !== 3) return { ok: false, reason: "invalid" };
  const [subject = "", exp = "", given = ""] = parts;
  if (!/^[\w-]+$/.test(subject) || !/^[0-9a-z]{1,12}$/.test(exp))
    return { ok: false, reason: "invalid" };
  const expected = Buffer.from(signature(secret, purpose, subject, exp));
  const actual = Buffer.from(given);
  if (actual.length !== expected.length || !timingSafeEqual(actual, expected)) {
    return { ok: false, reason: "invalid" };
  }
  const expiresAt = parseInt(exp, 36) * 1000;
  if (expiresAt <= now) return { ok: false, reason: "expired" };
  return { ok: true, subject, expiresAt };
}
