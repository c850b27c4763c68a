import { z } from "zod";
import { addressIdentity } from "./address-identity";
import { countColumn, parseOneRow, parseRow } from "./rows";
import { suppressAddress } from "./suppressions";
import { recordListEvent } from "./list-events";
import type { Db, Queryable } from "./types";

export type BounceKind = "hard" | "soft" | "policy" | "complaint";

// The minimum kept of one bounce or complaint (privacy notice: date, kind, code, diagnostic).
export type BounceEvent = {
  // Names the report and recipient, so that reading it again records nothing new.
  key: string;
  email: string;
  at: number;
  kind: BounceKind;
  source: "dsn" | "arf" | "smtp";
  statusCode: string | null;
  diagnostic: string | null;
  // The issue the bounced mail belonged to, for the "three issue days" rule.
  issueDate: string | null;
};

const eventRow = z
  .object({
    occurred_at: z.number(),
    kind: z.enum(["hard", "soft", "policy", "complaint"]),
    source: z.enum(["dsn", "arf", "smtp"]),
    status_code: z.string().nullable(),
    diagnostic: z.string().nullable(),
    issue_date: z.string().nullable(),
  })
  .transform((r): Omit<BounceEvent, "key" | "email"> => ({
    at: r.occurred_at,
    kind: r.kind,
    source: r.source,
    statusCode: r.status_code,
    diagnostic: r.diagnostic,
    issueDate: r.issue_date,
  }));

// Records an event once; true when it is new (false: this report was already counted).
export async function recordBounceEvent(q: Queryable, e: BounceEvent) {
  const row = await q.get(
    `INSERT INTO bounce_events (event_key, email, occurred_at, kind, source, status_code,
       diagnostic, issue_date) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (event_key) DO NOTHING RETURNING id`,
    [
      e.key,
      addressIdentity(e.email),
      e.at,
      e.kind,
      e.source,
      e.statusCode,
      e.diagnostic?.replace(/\s+/g, " ").slice(0, 200) ?? null,
      e.issueDate,
    ],
  );
  return row !== undefined;
}

// Records a hard bounce (a DSN, or a 5xx while sending) in one transaction: the event, a
// suppression with no end, and the removal of a pending sign-up (its confirmation cannot
// arrive). True when the event is new.
export async function recordHardBounce(db: Db, e: Omit<BounceEvent, "kind">) {
  return db.transaction(async (tx) => {
    if (!(await recordBounceEvent(tx, { ...e, kind: "hard" }))) return false;
    const key = addressIdentity(e.email);
    // A confirmed reader lost for good, once: the list's history (list-events.ts).
    const lost = await tx.get(
      `SELECT 1 AS lost FROM subscribers WHERE email_key = ? AND status = 'confirmed'
         AND NOT EXISTS (SELECT 1 FROM suppressions WHERE email = ? AND reason = 'hard-bounce')`,
      [key, key],
    );
    if (lost) await recordListEvent(tx, "hard-bounce", e.at);
    const suppression = { email: key, since: e.at, until: null, statusCode: e.statusCode };
    await suppressAddress(tx, { ...suppression, reason: "hard-bounce" });
    // Queued mail goes to the spelling on record or the one that bounced; anything else still
    // queued is dropped by the delivery loop, which asks findSuppression first.
    await tx.run(
      `DELETE FROM outbox WHERE recipient = ?
         OR recipient IN (SELECT email FROM subscribers WHERE email_key = ?)`,
      [e.email, key],
    );
    await tx.run(`DELETE FROM subscribers WHERE email_key = ? AND status = 'pending'`, [key]);
    return true;
  });
}

// Gives on how many different issue days the address soft-bounced since `since`.
export async function countSoftBounceDays(q: Queryable, email: string, since: number) {
  const row = await q.get(
    `SELECT COUNT(DISTINCT issue_date) AS n FROM bounce_events
     WHERE email = ? AND kind = 'soft' AND occurred_at >= ? AND issue_date IS NOT NULL`,
    [addressIdentity(email), since],
  );
  return parseOneRow(z.object({ n: countColumn }), row).n;
}

// Gives the address's bounce events, oldest first (for the data subject access answer).
export async function listBounceEvents(q: Queryable, email: string) {
  const rows = await q.all(
    `SELECT occurred_at, kind, source, status_code, diagnostic, issue_date FROM bounce_events
     WHERE email = ? ORDER BY occurred_at, id`,
    [addressIdentity(email)],
  );
  return rows.map((r) => parseRow(eventRow, r));
}

// Deletes bounce events, records of lifted suppressions and sent-mail records older than
// `before`; gives how many events.
export async function purgeBounceEvents(q: Queryable, before: number) {
  await q.run(`DELETE FROM sent_mail WHERE sent_at < ?`, [before]);
  await q.run(`DELETE FROM suppression_lifts WHERE lifted_at < ?`, [before]);
  return q.run(`DELETE FROM bounce_events WHERE occurred_at < ?`, [before]);
}

// Deletes everything about an address kept for deliverability (erasure request).
export async function eraseDeliverabilityData(q: Queryable, email: string) {
  await q.run(`DELETE FROM bounce_events WHERE email = ?`, [addressIdentity(email)]);
  await q.run(`DELETE FROM suppressions WHERE email = ?`, [addressIdentity(email)]);
  await q.run(`DELETE FROM suppression_lifts WHERE email = ?`, [addressIdentity(email)]);
}
