import { asciiDomain } from "@/lib/db/address-identity";

export type EmailCheck =
  { ok: true; email: string } | { ok: false; error: "required" | "invalid" | "too-long" };

// RFC 5321 dot-atom local parts only: quoted local parts are legal but never seen in practice,
// and refusing them keeps commas, spaces and quotes (nodemailer's recipient separators) out.
const LOCAL_PART = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;
const DOMAIN_LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;

// Gives the address as we store it (and send to): trimmed, the domain lower-cased and
// punycoded, the local part as typed; or why not. Whether two addresses are one mailbox is
// addressIdentity's question (lib/db/address-identity.ts), not this one's.
export function normalizeEmail(raw: string): EmailCheck {
  const value = raw.trim();
  if (value === "") return { ok: false, error: "required" };
  if (/[\r\n,;<>\s"]/.test(value)) return { ok: false, error: "invalid" };
  const at = value.lastIndexOf("@");
  if (at < 1 || at === value.length - 1) return { ok: false, error: "invalid" };
  const local = value.slice(0, at);
  if (local.length > 64) return { ok: false, error: "too-long" };
  if (!LOCAL_PART.test(local)) return { ok: false, error: "invalid" };
  const domain = asciiDomain(value.slice(at + 1));
  const labels = domain.split(".");
  if (!domain || labels.length < 2 || !labels.every((l) => DOMAIN_LABEL.test(l))) {
    return { ok: false, error: "invalid" };
  }
  if (!/^([a-z]{2,63}|xn--[a-z0-9-]+)$/.test(labels[labels.length - 1]!)) {
    return { ok: false, error: "invalid" };
  }
  const email = `${local}@${domain}`;
  if (email.length > 254) return { ok: false, error: "too-long" };
  return { ok: true, email };
}
