import {
  readRecordedError,
  readReplyCode,
  readSmtpError,
  type ReplyCode,
  type SmtpFailure,
  type SmtpStage,
} from "./smtp-error";

// The one decision of what a mail failure means (send time, outbox delivery and DSN alike):
// - recipient-gone: the reader's mailbox does not exist (hard bounce): suppress, never retry;
// - recipient-later: this reader's mail only, for now (mailbox full, greylisting, a refusal
//   that names no cause): retry this mail later, suppress nobody;
// - relay-later: the mail server could not be reached or closed on us: stop, keep every mail
//   queued, try again later;
// - ours: our login, sender, quota, policy, message or configuration: stop, keep every mail
//   queued, suppress nobody, and tell the operator in one line.
export type FailureOutcome = "recipient-gone" | "recipient-later" | "relay-later" | "ours";

export type MailFailure = {
  outcome: FailureOutcome;
  stage: SmtpStage | "dsn";
  // RFC 3463 enhanced code ("5.1.1"), else the reply's basic code ("550"), else null.
  status: string | null;
  // 4xx or no answer: the same mail may go through on a later try.
  temporary: boolean;
  // What the server said, or the error's text when it said nothing (addresses masked).
  said: string;
  // One line for the operator: what happened and what to check.
  summary: string;
};

type Cause = keyof typeof SUMMARIES;
const SUMMARIES = {
  mailbox: "the mail server says this reader's mailbox does not exist",
  later: "the mail server did not take this reader's mail for now",
  unreachable: "the mail server did not answer: check that it runs and SMTP_URL's host and port",
  login: "the mail server refused our login: check the user name and password in SMTP_URL",
  sender:
    "the mail server refused our sender address: check MAIL_FROM and BOUNCE_ADDRESS, and that the SMTP_URL account may send as them",
  policy:
    "the mail server refused our mail for policy: check DKIM, SPF and DMARC, and the account's sending rights",
  system:
    "the mail server will not take more mail from us now (our quota or its limits): the rest waits until it does",
  size: "the mail server refused the message as too large",
  message: "the mail server refused our message or command: a fault on our side, see the reply",
  connection: "the mail server refused our connection: check that this machine may use it",
  tls: "TLS with the mail server failed: check SMTP_URL (smtps:// for port 465, smtp:// for 587) and the server's certificate",
  local: "the mail could not be handed over (a fault on our side)",
};

// RFC 3463 subject.detail codes that name the recipient's mailbox as gone: bad mailbox (1.1),
// bad system (1.2), bad syntax (1.3), moved without forwarding (1.6), null MX (1.10),
// disabled (2.1). 1.7 and 1.8 are about OUR sender address.
const GONE = new Set(["1.1", "1.2", "1.3", "1.6", "1.10", "2.1"]);

// A refusal about one recipient: at RCPT or DATA (one recipient per message) our relay
// answers, so its system and routing codes (x.3.x, x.4.x, 5.2.0) are about our account; in a
// DSN (`remote`) the reader's own server answered, and they are about the reader's side.
function recipientCause({ basic, cls, detail }: ReplyCode, remote: boolean): Cause {
  if (detail) {
    const subject = detail.split(".")[0];
    if (detail === "1.7" || detail === "1.8") return "sender";
    if (GONE.has(detail)) return cls === 5 ? "mailbox" : "later";
    if (detail === "2.2") return "later";
    if (detail === "2.3" || detail === "3.4") return "size";
    if (subject === "7") return cls === 5 ? "policy" : "later";
    if (detail === "5.3") return "system";
    if (subject === "3" || subject === "4" || detail === "2.0") return remote ? "later" : "system";
    if (subject === "5" || subject === "6") return "message";
    return "later";
  }
  // No enhanced code: RFC 5321 gives 550 both for a missing mailbox and a policy refusal, so a
  // bare 550/551/553 cannot prove the reader gone: the mail is retried, nobody is suppressed.
  if (basic === 552) return "size";
  if (basic === 452) return "system";
  if (basic === 554) return "policy";
  if (basic === 550 || basic === 551 || basic === 553 || (basic ?? 0) < 500) return "later";
  return "message";
}

function causeOf(stage: SmtpStage | "dsn", code: ReplyCode): Cause {
  if (stage === "auth" || [530, 534, 535, 538].includes(code.basic ?? 0)) return "login";
  if (code.basic === 421) return "unreachable";
  switch (stage) {
    case "connection":
      return code.cls === 5 ? "connection" : "unreachable";
    case "tls":
      return "tls";
    case "greeting":
      return code.cls === 4 ? "unreachable" : code.basic ? "connection" : "message";
    case "mail-from": {
      const cause = recipientCause(code, false);
      return cause === "system" || cause === "size" ? cause : code.basic ? "sender" : "size";
    }
    case "rcpt":
    case "data":
      return recipientCause(code, false);
    case "dsn":
      return recipientCause(code, true);
    default:
      return "local";
  }
}

function outcomeOf(cause: Cause): FailureOutcome {
  if (cause === "mailbox") return "recipient-gone";
  if (cause === "later") return "recipient-later";
  if (cause === "unreachable") return "relay-later";
  return "ours";
}

function decide(
  stage: SmtpStage | "dsn",
  failure: Pick<SmtpFailure, "reply" | "detail">,
  code: ReplyCode,
) {
  const cause = causeOf(stage, code);
  const said = failure.reply ?? failure.detail;
  return {
    outcome: outcomeOf(cause),
    stage,
    status: code.detail ? `${code.cls}.${code.detail}` : code.basic ? String(code.basic) : null,
    temporary: code.cls === 4 || (code.cls === null && stage === "connection"),
    said,
    summary: said ? `${SUMMARIES[cause]} (${said})` : SUMMARIES[cause],
  } satisfies MailFailure;
}

// Gives what a failed hand-off to the transport means, from nodemailer's error: the stage of
// the SMTP conversation and the reply's basic and enhanced codes.
export function classifyMailError(error: unknown): MailFailure {
  const failure = readSmtpError(error);
  return decide(failure.stage, failure, readReplyCode(failure.reply));
}

// Gives what a refusal stored by older code means, from its message and status code.
export function classifyRecordedRefusal(message: string, statusCode: string | null): MailFailure {
  const failure = readRecordedError(message);
  const enhanced = statusCode && /^[245]\.\d/.test(statusCode) ? statusCode : undefined;
  return decide(failure.stage, failure, readReplyCode(failure.reply, enhanced));
}

// Gives what one recipient of a DSN (RFC 3464) means, or null when its Action is not
// "failed" (delayed, delivered, relayed, expanded): nothing to act on.
export function classifyDsnRecipient(action: string, status: string): MailFailure | null {
  if (action.toLowerCase() !== "failed") return null;
  // The report's own fields say the rest (status, diagnostic); the summary stays the advice.
  return decide("dsn", { reply: null, detail: "" }, readReplyCode(null, status));
}
