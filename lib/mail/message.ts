import { z } from "zod";

// A message as the outbox stores it: everything needed to send it again after a restart.
export const mailMessageSchema = z.object({
  to: z.string().min(3),
  subject: z.string().min(1),
  text: z.string(),
  html: z.string(),
  // RFC 8058: an https URL that unsubscribes with one POST; adds both List-Unsubscribe headers.
  unsubscribeUrl: z.string().url().optional(),
  headers: z.record(z.string(), z.string()).optional(),
  // Who the mail is for, so that a bounce of it can be traced back (VERP, see verp.ts).
  subscriberId: z.number().int().positive().optional(),
});

export type MailMessage = z.infer<typeof mailMessageSchema>;

// Gives the headers a message carries besides From/To/Subject.
export function extraHeaders(message: MailMessage): Record<string, string> {
  const headers: Record<string, string> = { ...message.headers };
  if (message.unsubscribeUrl) {
    headers["List-Unsubscribe"] = `<${message.unsubscribeUrl}>`;
    headers["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click";
  }
  return headers;
}
