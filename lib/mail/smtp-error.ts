import { describeError } from "../log";

// Where in the SMTP conversation a send failed, or "local" when it never reached a server
// (nodemailer refused the envelope, the .eml outbox folder could not be written, a bug).
export type SmtpStage =
  "connection" | "tls" | "greeting" | "auth" | "mail-from" | "rcpt" | "data" | "local";

// A failed send as nodemailer reports it, reduced to what decides its meaning.
export type SmtpFailure = {
  stage: SmtpStage;
  // The server's reply ("550 5.1.1 …", addresses masked), when it gave one.
  reply: string | null;
  // The error's own text (addresses masked): what to show when there is no reply.
  detail: string;
};

type NodemailerError = {
  code?: unknown;
  command?: unknown;
  response?: unknown;
  originalCode?: unknown;
  syscall?: unknown;
};

// Node's TLS and certificate errors (CERT_HAS_EXPIRED, DEPTH_ZERO_SELF_SIGNED_CERT,
// ERR_SSL_WRONG_VERSION_NUMBER …) arrive from nodemailer as ESOCKET with this as originalCode.
const TLS_CODE =
  /^(ERR_SSL_|ERR_TLS_|ERR_OSSL_)|CERT|CRL|SELF_SIGNED|^UNABLE_TO_|HOSTNAME_MISMATCH|INVALID_CA|INVALID_PURPOSE|PATH_LENGTH_EXCEEDED/;
const NETWORK_CODES = new Set(["ECONNECTION", "ESOCKET", "ETIMEDOUT", "EDNS", "EPROXY"]);

// nodemailer's `command` names the command whose reply failed (lib/smtp-connection); "CONN"
// is the connection itself: the greeting, or the server closing it (with a last reply or not).
function stageOf(e: NodemailerError, message: string): SmtpStage {
  const code = typeof e.code === "string" ? e.code : "";
  const command = typeof e.command === "string" ? e.command : "";
  const original = typeof e.originalCode === "string" ? e.originalCode : "";
  if (code === "ETLS" || code === "EREQUIRETLS" || TLS_CODE.test(original)) return "tls";
  if (code === "EAUTH" || code === "ENOAUTH" || code === "EOAUTH2" || command.startsWith("AUTH"))
    return "auth";
  if (command === "MAIL FROM") return "mail-from";
  if (command === "RCPT TO") return "rcpt";
  if (command === "DATA") return "data";
  if (command === "STARTTLS") return "tls";
  if (/^(EHLO|HELO|LHLO)$/.test(command)) return "greeting";
  if (command === "CONN" && message.startsWith("Invalid greeting")) return "greeting";
  if (command === "CONN" || command === "RSET" || NETWORK_CODES.has(code)) return "connection";
  return "local";
}

// Gives the stage, reply and text of a send error; anything that is not nodemailer's counts
// as local (a file outbox that cannot be written, a database call inside the transport).
export function readSmtpError(error: unknown): SmtpFailure {
  const e = (typeof error === "object" && error !== null ? error : {}) as NodemailerError;
  const reply =
    typeof e.response === "string" && /^\d{3}/.test(e.response)
      ? describeError(e.response.replace(/\s+/g, " ").trim())
      : null;
  const message = describeError(error).replace(/\s+/g, " ").trim();
  const stage = stageOf(e, message);
  // OpenSSL's own text ("803C…:error:0A00010B:SSL routines:…") says less than Node's code.
  const code = typeof e.originalCode === "string" ? e.originalCode : "";
  const detail =
    code && (message.includes("routines:") || message.length > 100)
      ? code
      : code
        ? `${message} (${code})`
        : message;
  return { stage, reply, detail };
}

// A reply's basic code (550), the class of its enhanced code (5) and the rest ("1.1").
export type ReplyCode = { basic: number | null; cls: number | null; detail: string | null };

// Gives the reply's basic code and its enhanced code (right after it, or qmail's "(#5.1.1)" at
// the end; `enhanced` when it came apart, as in a DSN or a stored status). An enhanced code
// whose class contradicts the basic code is ignored (RFC 2034 §4).
export function readReplyCode(reply: string | null, enhanced?: string): ReplyCode {
  const basic = reply ? Number(/^(\d{3})/.exec(reply)?.[1]) || null : null;
  const found =
    enhanced ??
    (reply &&
      (/^\d{3}[ -]([245]\.\d{1,3}\.\d{1,3})\b/.exec(reply)?.[1] ??
        /\(#([245]\.\d{1,3}\.\d{1,3})\)/.exec(reply)?.[1]));
  const m = found ? /^([245])\.(\d{1,3}\.\d{1,3})$/.exec(found) : null;
  if (!m || (basic && Math.floor(basic / 100) !== Number(m[1])))
    return { basic, cls: basic && Math.floor(basic / 100), detail: null };
  return { basic, cls: Number(m[1]), detail: m[2]! };
}

// The prefixes nodemailer puts before the reply in a send error's message, by stage: a
// refusal recorded before the one classifier existed kept only that message.
const RECORDED_STAGES: [RegExp, SmtpStage][] = [
  [/^Invalid login\b/, "auth"],
  [/^Mail command failed\b/, "mail-from"],
  [/^(Can't send mail - all recipients were rejected|Recipient command failed)\b/, "rcpt"],
  [/^(Message failed|Data command failed)\b/, "data"],
  [/^Invalid greeting\b/, "greeting"],
];

// Gives the failure a stored error message describes ("Can't send mail - all recipients were
// rejected: 550 5.1.1 …"), for re-reading refusals recorded by older code.
export function readRecordedError(message: string): SmtpFailure {
  const text = message.replace(/\s+/g, " ").trim();
  const stage = RECORDED_STAGES.find(([prefix]) => prefix.test(text))?.[1] ?? "local";
  const reply = /:\s*(\d{3}(?:[ -].*)?)$/.exec(text)?.[1] ?? null;
  return { stage, reply, detail: text };
}
