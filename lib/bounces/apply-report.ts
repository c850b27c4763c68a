import {
  addressIdentity,
  countSoftBounceDays,
  findSubscriberById,
  recordBounceEvent,
  recordHardBounce,
  removePendingSignup,
  suppressAddress,
  unsubscribeSubscriber,
  wasMailSent,
  type Db,
} from "@/lib/db";
import { maskEmail, type Logger } from "@/lib/log";
import { classifyDsnRecipient } from "@/lib/mail/failure";
import { readBounceAddress, type BounceRef } from "@/lib/mail/verp";
import { verifySubscriberToken } from "@/lib/subscription/tokens";
import type { Report } from "./read-report";

const DAY = 24 * 60 * 60_000;
export const SOFT_BOUNCE_DAYS = 3;
export const SOFT_BOUNCE_WINDOW_MS = 30 * DAY;
export const SOFT_SUPPRESSION_MS = 60 * DAY;

export type ApplyDeps = { db: Db; tokenSecret: string; clock: () => number; log: Logger };
// processed: the report was about a mail we sent and is recorded; ignored: it changes nothing;
// quarantine: a person should look (sent to one of our genuine VERP addresses, yet unreadable).
export type Outcome = { folder: "Processed" | "Ignored" | "Quarantine"; note: string };

const ignored = (note: string): Outcome => ({ folder: "Ignored", note });

// A message to an address whose VERP token verifies is about a mail we sent, whatever shape
// it came in: one we cannot read is filed for a person, not thrown away with the noise.
function unreadable(report: { addresses: string[] }, deps: ApplyDeps, note: string): Outcome {
  const genuine = report.addresses.some((a) => readBounceAddress(a, deps.tokenSecret));
  return genuine
    ? { folder: "Quarantine", note: `${note}, sent to a genuine VERP address` }
    : ignored(note);
}

// The mail a report is about, from a VERP token that verifies and names a mail really sent.
async function sentMailOf(report: { addresses: string[] }, deps: ApplyDeps) {
  for (const address of report.addresses) {
    const ref = readBounceAddress(address, deps.tokenSecret);
    if (ref && (await wasMailSent(deps.db, ref, ref.subscriberId))) return ref;
  }
  return null;
}

// A complaint whose VERP token was stripped: the original's signed List-Unsubscribe token
// names the reader, its Message-ID the issue. The token's expiry guards the link, not this.
async function refFromOriginal(original: Map<string, string>, deps: ApplyDeps) {
  const token = /[?&]token=([\w.-]+)/.exec(original.get("list-unsubscribe") ?? "")?.[1];
  const day = /<uutiskirje\.(\d{4}-\d{2}-\d{2})\.(\d+)@/.exec(original.get("message-id") ?? "");
  if (!token || !day) return null;
  const check = verifySubscriberToken(deps.tokenSecret, token, "unsubscribe", 0);
  if (!check.ok || String(check.id) !== day[2]) return null;
  const ref: BounceRef = { kind: "issue", day: day[1]!, subscriberId: check.id };
  return (await wasMailSent(deps.db, ref, ref.subscriberId)) ? ref : null;
}

async function applyDsn(
  report: Extract<Report, { type: "dsn" }>,
  deps: ApplyDeps,
): Promise<Outcome> {
  if (report.recipients.length === 0) return unreadable(report, deps, "a DSN with no recipient");
  const ref = await sentMailOf(report, deps);
  if (!ref) return ignored("no VERP token of a mail we sent");
  const subscriber = await findSubscriberById(deps.db, ref.subscriberId);
  // A forwarded mailbox: the report names the forward's target (Final-Recipient) and, when the
  // forwarder kept it, the reader's own address (Original-Recipient).
  const reader = subscriber && addressIdentity(subscriber.email);
  const mine = report.recipients.find(
    (r) =>
      reader !== undefined &&
      (addressIdentity(r.email) === reader || addressIdentity(r.original) === reader),
  );
  if (!subscriber || !mine) return ignored("no recipient of this report is the token's reader");
  const failure = classifyDsnRecipient(mine.action, mine.status);
  const now = deps.clock();
  const issueDate = ref.kind === "issue" ? ref.day : null;
  const event = {
    key: `dsn:${report.id}:${addressIdentity(mine.email)}`,
    email: subscriber.email,
    at: now,
    source: "dsn" as const,
    statusCode: mine.status,
    diagnostic: mine.diagnostic,
    issueDate,
  };
  const who = maskEmail(subscriber.email);
  if (!failure) return ignored(`${mine.action || "no"} action for ${who}`);
  if (failure.outcome === "recipient-gone") {
    await recordHardBounce(deps.db, event);
    return { folder: "Processed", note: `hard bounce ${mine.status} for ${who}: suppressed` };
  }
  if (failure.outcome !== "recipient-later") {
    // Our sender, policy, message or size (5.1.7/5.1.8, 5.7.x, 5.3.4 …): not the reader's doing.
    await recordBounceEvent(deps.db, { ...event, kind: "policy" });
    deps.log.error(
      `DELIVERABILITY PROBLEM ON OUR SIDE: ${mine.status} for ${who}: ${mine.diagnostic} ` +
        `(${failure.summary}; nobody was suppressed)`,
    );
    return { folder: "Processed", note: `refusal on our side ${mine.status}: nobody suppressed` };
  }
  const isNew = await recordBounceEvent(deps.db, { ...event, kind: "soft" });
  // A confirmation that cannot be delivered ends the sign-up: nobody can confirm it.
  if (ref.kind === "outbox" && subscriber.status === "pending") {
    await removePendingSignup(deps.db, subscriber.id);
    return { folder: "Processed", note: `confirmation to ${who} bounced: sign-up removed` };
  }
  const days = await countSoftBounceDays(deps.db, subscriber.email, now - SOFT_BOUNCE_WINDOW_MS);
  if (isNew && days >= SOFT_BOUNCE_DAYS) {
    await suppressAddress(deps.db, {
      email: subscriber.email,
      reason: "soft-bounce",
      since: now,
      until: now + SOFT_SUPPRESSION_MS,
      statusCode: mine.status,
    });
    return { folder: "Processed", note: `soft bounces on ${days} issue days: ${who} suppressed` };
  }
  return { folder: "Processed", note: `soft bounce ${mine.status} for ${who} (${days} days)` };
}

async function applyArf(
  report: Extract<Report, { type: "arf" }>,
  deps: ApplyDeps,
): Promise<Outcome> {
  if (report.feedbackType !== "abuse") return ignored(`feedback type ${report.feedbackType}`);
  const ref = (await sentMailOf(report, deps)) ?? (await refFromOriginal(report.original, deps));
  if (!ref) return ignored("complaint about no mail we can verify");
  const subscriber = await findSubscriberById(deps.db, ref.subscriberId);
  if (!subscriber) return ignored("complaint about a reader no longer on the list");
  const now = deps.clock();
  const isNew = await recordBounceEvent(deps.db, {
    key: `arf:${report.id}`,
    email: subscriber.email,
    at: now,
    kind: "complaint",
    source: "arf",
    statusCode: null,
    diagnostic: "abuse report",
    issueDate: ref.kind === "issue" ? ref.day : null,
  });
  if (isNew) {
    await unsubscribeSubscriber(deps.db, subscriber.id, now, "complaint");
    const base = { email: subscriber.email, since: now, until: null, statusCode: null };
    await suppressAddress(deps.db, { ...base, reason: "complaint" });
  }
  return {
    folder: "Processed",
    note: `complaint from ${maskEmail(subscriber.email)}: unsubscribed`,
  };
}

// Acts on one report: only a DSN or ARF report whose token verifies and names a mail we
// really sent to that very reader changes anything; what cannot be read but was sent to a
// genuine VERP address is quarantined; everything else is ignored.
export async function applyReport(report: Report, deps: ApplyDeps): Promise<Outcome> {
  if (report.type === "dsn") return applyDsn(report, deps);
  if (report.type === "arf") return applyArf(report, deps);
  if (report.type === "other") return unreadable(report, deps, "not a DSN or ARF report");
  return ignored(report.type);
}
