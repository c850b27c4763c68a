// Logs never hold a full address: "matti@example.fi" → "m***@example.fi".
export function maskEmail(email: string): string {
  const at = email.lastIndexOf("@");
  if (at < 1) return "***";
  return `${email[0]}***${email.slice(at)}`;
}

// Gives an error's message with every address in it masked: SMTP replies often quote the
// recipient, and neither the log nor the send log may repeat it.
export function describeError(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.replace(/[^\s<>"]+@[^\s<>"]+/g, (m) => maskEmail(m));
}

export type Logger = Pick<Console, "info" | "warn" | "error">;

// The server's logger: console, with a prefix that makes our lines easy to find.
export const consoleLogger: Logger = {
  info: (...args) => console.info("[uutiskirje]", ...args),
  warn: (...args) => console.warn("[uutiskirje]", ...args),
  error: (...args) => console.error("[uutiskirje]", ...args),
};
