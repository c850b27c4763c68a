import { signToken, verifyToken, type TokenCheck } from "../signed-token";

// The signing itself is lib/signed-token.ts (shared with preview links); this module knows
// what a subscriber's links are for and how long each lasts.
export { signToken, verifyToken, type TokenCheck };

const DAY = 24 * 60 * 60_000;

// What a token may be used for, and how long it lasts. The purpose is signed, so a confirm
// token cannot unsubscribe.
export const TOKEN_LIFETIME_MS = {
  confirm: 7 * DAY,
  manage: 365 * DAY,
  unsubscribe: 365 * DAY,
} as const;

export type TokenPurpose = keyof typeof TOKEN_LIFETIME_MS;

// Who a subscriber token is for: the row, and the consent it was issued under
// (lib/db/migrations/0510-consent-version.ts). A Subscriber is one.
export type TokenSubject = { id: number; tokenVersion: number };

// Gives a token for the subscriber with the standard lifetime of its purpose. The subject is
// "<id>-<version in base 36>"; links mailed before versions existed say "<id>" (version 0).
export function subscriberToken(
  secret: string,
  purpose: TokenPurpose,
  subject: TokenSubject,
  now: number,
): string {
  return signToken(secret, {
    purpose,
    subject: `${subject.id}-${subject.tokenVersion.toString(36)}`,
    expiresAt: now + TOKEN_LIFETIME_MS[purpose],
  });
}

const SUBJECT = /^([1-9]\d{0,15})(?:-([0-9a-z]{1,7}))?$/;

// Gives the subscriber id and consent version a token of this purpose names, or why it is
// refused. Whether the version still holds is the caller's question (lib/subscription/manage.ts).
export function verifySubscriberToken(
  secret: string,
  token: string,
  purpose: TokenPurpose,
  now: number,
): { ok: true; id: number; version: number } | { ok: false; reason: "invalid" | "expired" } {
  const check = verifyToken(secret, token, purpose, now);
  if (!check.ok) return check;
  const match = SUBJECT.exec(check.subject);
  const id = Number(match?.[1]);
  if (!match || !Number.isSafeInteger(id)) return { ok: false, reason: "invalid" };
  return { ok: true, id, version: match[2] ? parseInt(match[2], 36) : 0 };
}
