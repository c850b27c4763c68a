import { createHmac, timingSafeEqual } from "node:crypto";

// What a bounce can point back to: one queued mail (confirmation, "already subscribed") or one
// subscriber's copy of an issue.
export type BounceRef =
  | { kind: "outbox"; id: number; subscriberId: number }
  | { kind: "issue"; day: string; subscriberId: number };

// Lower-case letters, digits and "-" only: some servers lower-case the local part on the way
// back, and "+", "=" or "." would collide with sub-addressing, BATV or dot rules.
function refPart(ref: BounceRef): string {
  return ref.kind === "outbox" ? `o${ref.id.toString(36)}` : `i${ref.day.replace(/-/g, "")}`;
}

function mac(secret: string, ref: string, subscriber: string): string {
  return createHmac("sha256", secret)
    .update(`verp\n${ref}\n${subscriber}`)
    .digest("hex")
    .slice(0, 20);
}

// Gives the envelope sender for one message: "bounces+o2s-1f-<mac>@bounces.example.fi" from
// BOUNCE_ADDRESS "bounces@bounces.example.fi"; the local part stays within 64 characters.
export function bounceAddress(base: string, secret: string, ref: BounceRef): string {
  const at = base.lastIndexOf("@");
  const r = refPart(ref);
  const s = ref.subscriberId.toString(36);
  const local = `${base.slice(0, at)}+${r}-${s}-${mac(secret, r, s)}`;
  if (local.length > 64) throw new Error(`VERP local part longer than 64 characters: ${local}`);
  return `${local}${base.slice(at)}`;
}

const TOKEN = /\+(o[0-9a-z]{1,11}|i\d{8})-([0-9a-z]{1,11})-([0-9a-f]{20})@/;

// Gives the message and subscriber a VERP address names when its signature holds, else null.
// Accepts the address in any case and inside a BATV "prvs=tag=" wrapper.
export function readBounceAddress(address: string, secret: string): BounceRef | null {
  const match = TOKEN.exec(address.toLowerCase());
  if (!match) return null;
  const [, r, s, given] = match as unknown as [string, string, string, string];
  const expected = Buffer.from(mac(secret, r, s));
  if (!timingSafeEqual(expected, Buffer.from(given))) return null;
  const subscriberId = parseInt(s, 36);
  if (!Number.isSafeInteger(subscriberId) || subscriberId <= 0) return null;
  if (r.startsWith("o")) return { kind: "outbox", id: parseInt(r.slice(1), 36), subscriberId };
  const day = `${r.slice(1, 5)}-${r.slice(5, 7)}-${r.slice(7, 9)}`;
  return { kind: "issue", day, subscriberId };
}
