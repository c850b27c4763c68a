// What a DSN recipient's Action and Status (RFC 3463 enhanced codes) mean for the address:
// - permanent: the mailbox does not exist or never will accept mail (suppress at once);
// - transient: full mailbox, greylisting (suppress after three issue days in 30);
// - policy: our side (DKIM, reputation, content): suppress nobody, tell the operator;
// - none: delayed, delivered, relayed, or an action we do not act on.
export type BounceClass = "permanent" | "transient" | "policy" | "none";

const PERMANENT = /^5\.(1\.\d+|2\.1|4\.1|4\.4)$/;

// Gives the class of one recipient of a DSN.
export function classifyDsnRecipient(action: string, status: string): BounceClass {
  if (action !== "failed") return "none";
  if (/^5\.7\./.test(status)) return "policy";
  if (PERMANENT.test(status)) return "permanent";
  if (status === "5.2.2" || /^4\./.test(status)) return "transient";
  // Other 5.x.x codes are about the message (size, content, routing), not the reader.
  if (/^5\./.test(status)) return "policy";
  return "none";
}
