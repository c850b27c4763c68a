import { domainToASCII } from "node:url";

// The one definition of "the same mailbox" (docs/architecture.md). Mail systems treat
// Anna.Virtanen@Yritys.fi and anna.virtanen@yritys.fi as one mailbox, so every look-up, unique
// index, suppression, bounce match and erasure digest compares this form, never the address
// as typed (which is kept for sending). Pure and free of `server-only`, so that the sign-up
// form's validation (lib/subscription/email-address.ts) can share asciiDomain with it.

// Gives a domain as mail systems compare it: lower-cased and punycoded ("" when it is not one).
export function asciiDomain(domain: string): string {
  return domainToASCII(domain.toLowerCase());
}

// Gives the address's identity: trimmed, the local part lower-cased, the domain lower-cased and
// punycoded. Never throws: text that is no address still gets a stable, case-blind form.
export function addressIdentity(address: string): string {
  const value = address.trim();
  const at = value.lastIndexOf("@");
  if (at < 0) return value.toLowerCase();
  const domain = value.slice(at + 1);
  return `${value.slice(0, at).toLowerCase()}@${asciiDomain(domain) || domain.toLowerCase()}`;
}
