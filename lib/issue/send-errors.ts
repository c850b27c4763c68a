// How a failed hand-off to SMTP is treated: "transient" is tried again later, "permanent" is
// recorded for that subscriber and never retried, "fatal" stops the run (not the mail's fault).
export type SendErrorKind = "transient" | "permanent" | "fatal";

// Network failures on the way to the SMTP server, as nodemailer and Node name them.
const NETWORK_CODES = new Set([
  "ECONNECTION",
  "ETIMEDOUT",
  "ESOCKET",
  "ECONNRESET",
  "ECONNREFUSED",
  "EPIPE",
  "EDNS",
  "EAI_AGAIN",
]);

// Gives the kind of a send error: SMTP 4xx replies and network trouble are transient, 5xx
// replies permanent (RFC 5321 §4.2.1), anything else fatal.
export function classifySendError(error: unknown): SendErrorKind {
  const { responseCode, code } = (error ?? {}) as { responseCode?: unknown; code?: unknown };
  if (typeof responseCode === "number") {
    if (responseCode >= 500) return "permanent";
    if (responseCode >= 400) return "transient";
  }
  if (typeof code === "string" && NETWORK_CODES.has(code)) return "transient";
  return "fatal";
}
