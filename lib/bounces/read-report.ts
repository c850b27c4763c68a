import { createHash } from "node:crypto";
import { simpleParser } from "mailparser";
import { fieldGroups, parseHeaderBlock, splitHead, topLevelParts } from "./mime-parts";

export type DsnRecipient = {
  // Final-Recipient (or Original-Recipient) without its "rfc822;" type.
  email: string;
  // Original-Recipient, the address the mail was sent to when a forward changed it ("" when
  // the report has none).
  original: string;
  action: string;
  status: string;
  diagnostic: string;
};

// What one message in the bounce mailbox is. `id` names it (its Message-ID, or a hash) so
// that reading it twice records nothing twice; `addresses` are where it was delivered, where
// a VERP token may be; `original` are the headers of the mail it is about, when included.
export type Report =
  | {
      type: "dsn";
      id: string;
      addresses: string[];
      recipients: DsnRecipient[];
      original: Map<string, string>;
    }
  | {
      type: "arf";
      id: string;
      addresses: string[];
      feedbackType: string;
      original: Map<string, string>;
    }
  | { type: "other"; id: string; addresses: string[] }
  | { type: "auto-reply" | "read-receipt"; id: string };

const AUTO_REPLY_SUBJECT =
  /^(automaattinen vastaus|automatiskt svar|auto(matic)? ?reply|autoreply|out of (the )?office|poissa)/i;
const MAX_MULTIPARTS = 20;
const bare = (value: string | undefined) =>
  (value ?? "")
    .replace(/^[^;]*;\s*/, "")
    .trim()
    .replace(/^<(.*)>$/, "$1");

// Gives what a raw message from the bounce mailbox reports. Throws when it does not parse.
// The report type (multipart/report; report-type=…) decides, not Auto-Submitted: real DSNs
// carry "Auto-Submitted: auto-replied" too.
export async function readReport(raw: Buffer): Promise<Report> {
  const text = raw.toString("utf8");
  const top = parseHeaderBlock(splitHead(text).head);
  if (top.size === 0) throw new Error("no header fields");
  // A report has two or three levels; hundreds are an attack on the parser, not a bounce.
  if ((text.match(/boundary\s*=/gi) ?? []).length > MAX_MULTIPARTS)
    throw new Error(`more than ${MAX_MULTIPARTS} multipart levels`);
  const parsed = await simpleParser(raw, {
    keepDeliveryStatus: true,
    skipHtmlToText: true,
    skipTextToHtml: true,
    skipImageLinks: true,
  } as Parameters<typeof simpleParser>[1]);
  const id = top.get("message-id") || createHash("sha256").update(raw).digest("hex");
  const type = parsed.headers.get("content-type") as
    { value: string; params: Record<string, string> } | undefined;
  const reportType = type?.value === "multipart/report" ? type.params["report-type"] : undefined;
  const addresses = ["to", "delivered-to", "x-original-to", "envelope-to", "return-path"]
    .map((h) => top.get(h))
    .filter((v): v is string => Boolean(v));

  if (reportType === "delivery-status" || reportType === "feedback-report") {
    if (!type!.params.boundary) throw new Error("multipart/report without a boundary");
    const parts = topLevelParts(text, type!.params.boundary ?? "");
    const originalPart = parts.find((p) =>
      ["message/rfc822", "text/rfc822-headers", "message/rfc822-headers"].includes(p.contentType),
    );
    const original = parseHeaderBlock(originalPart ? splitHead(originalPart.body).head : "");
    if (original.has("return-path")) addresses.push(original.get("return-path")!);
    if (reportType === "delivery-status") {
      const status = parts.find((p) => p.contentType === "message/delivery-status");
      const [perMessage, ...groups] = fieldGroups(status?.body ?? "");
      const sender = perMessage?.get("x-postfix-sender");
      if (sender) addresses.push(sender);
      const recipients = groups
        .filter((g) => g.has("final-recipient") || g.has("original-recipient"))
        .map((g) => ({
          email: bare(g.get("final-recipient") ?? g.get("original-recipient")),
          original: bare(g.get("original-recipient")),
          action: (g.get("action") ?? "").toLowerCase(),
          status: (g.get("status") ?? "").match(/\d\.\d{1,3}\.\d{1,3}/)?.[0] ?? "",
          diagnostic: bare(g.get("diagnostic-code")).slice(0, 200),
        }));
      return { type: "dsn", id, addresses, recipients, original };
    }
    const feedback = parts.find((p) => p.contentType === "message/feedback-report");
    const fields = fieldGroups(feedback?.body ?? "")[0] ?? new Map<string, string>();
    const mailFrom = fields.get("original-mail-from");
    if (mailFrom) addresses.push(mailFrom);
    const feedbackType = (fields.get("feedback-type") ?? "").toLowerCase();
    return { type: "arf", id, addresses, feedbackType, original };
  }
  if (reportType === "disposition-notification") return { type: "read-receipt", id };
  const auto = (top.get("auto-submitted") ?? "no").toLowerCase();
  if (
    auto !== "no" ||
    AUTO_REPLY_SUBJECT.test(parsed.subject ?? "") ||
    top.has("x-autoreply") ||
    top.has("x-autorespond") ||
    /auto_reply/i.test(top.get("precedence") ?? "")
  ) {
    return { type: "auto-reply", id };
  }
  return { type: "other", id, addresses };
}
