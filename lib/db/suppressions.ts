import { z } from "zod";
import { addressIdentity } from "./address-identity";
import { parseRow } from "./rows";
import { inTextList } from "./sql-lists";
import type { Queryable } from "./types";

// Why mail to an address stops; keyed by the address's identity (address-identity.ts). A hard
// bounce means the mailbox does not exist: not even a confirmation goes there. A soft bounce
// (three issue days in 30) or a complaint stops the issue; the reader is back after confirming
// a new sign-up, or (soft bounce, still confirmed) after saying on their manage page that the
// address works.
export type SuppressionReason = "hard-bounce" | "soft-bounce" | "complaint";

export type Suppression = {
  email: string;
  reason: SuppressionReason;
  since: number;
  // null: until the address is erased.
  until: number | null;
  statusCode: string | null;
};

const suppressionRow = z
  .object({
    email: z.string(),
    reason: z.enum(["hard-bounce", "soft-bounce", "complaint"]),
    since: z.number(),
    until: z.number().nullable(),
    status_code: z.string().nullable(),
  })
  .transform((row): Suppression => ({
    email: row.email,
    reason: row.reason,
    since: row.since,
    until: row.until,
    statusCode: row.status_code,
  }));
const emailRow = z.object({ email: z.string() });

// Gives the suppression in force for this address at `now`, or null when mail may go to it.
// The CSV import (issue 14) asks this too before adding anyone.
export async function findSuppression(
  q: Queryable,
  email: string,
  now: number,
): Promise<Suppression | null> {
  const row = await q.get(
    `SELECT * FROM suppressions WHERE email = ? AND (until IS NULL OR until > ?)`,
    [addressIdentity(email), now],
  );
  return row ? parseRow(suppressionRow, row) : null;
}

// Gives the suppressions in force at `now` for these addresses (any letter case), by the
// address's identity (addressIdentity): the issue send asks this once per claimed batch, not
// once per reader.
export async function findSuppressions(
  q: Queryable,
  emails: readonly string[],
  now: number,
): Promise<Map<string, Suppression>> {
  const found = new Map<string, Suppression>();
  if (emails.length === 0) return found;
  const among = inTextList(q, [...new Set(emails.map(addressIdentity))]);
  const rows = await q.all(
    `SELECT * FROM suppressions WHERE email ${among.sql} AND (until IS NULL OR until > ?)`,
    [...among.params, now],
  );
  for (const row of rows) {
    const suppression = parseRow(suppressionRow, row);
    found.set(suppression.email, suppression);
  }
  return found;
}

// Suppresses an address; a hard bounce is never weakened into a soft one or a complaint.
export async function suppressAddress(q: Queryable, s: Suppression) {
  await q.run(
    `INSERT INTO suppressions (email, reason, since, until, status_code) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (email) DO UPDATE SET reason = excluded.reason, since = excluded.since,
       until = excluded.until, status_code = excluded.status_code
     WHERE suppressions.reason <> 'hard-bounce' OR excluded.reason = 'hard-bounce'`,
    [addressIdentity(s.email), s.reason, s.since, s.until, s.statusCode],
  );
}

// Lifts a soft-bounce or complaint suppression: the reader confirmed a new sign-up, or said on
// their manage page that the address works. A hard bounce stays. True when one was lifted.
export async function liftSuppression(q: Queryable, email: string) {
  const changed = await q.run(
    `DELETE FROM suppressions WHERE email = ? AND reason <> 'hard-bounce'`,
    [addressIdentity(email)],
  );
  return changed > 0;
}

// Records that a queued mail (`o<outbox id>`) really went out to this subscriber.
export async function recordSentMail(q: Queryable, ref: string, subscriberId: number, at: number) {
  await q.run(
    `INSERT INTO sent_mail (ref, subscriber_id, sent_at) VALUES (?, ?, ?)
     ON CONFLICT (ref) DO NOTHING`,
    [ref, subscriberId, at],
  );
}

// True when the mail a bounce names really went to this subscriber: an issue's send log says
// sent (or refused), or the outbox recorded the queued mail as sent.
export async function wasMailSent(
  q: Queryable,
  ref: { kind: "outbox"; id: number } | { kind: "issue"; day: string },
  subscriberId: number,
) {
  const row =
    ref.kind === "issue"
      ? await q.get(
          `SELECT 1 AS ok FROM issue_sends WHERE issue_date = ? AND subscriber_id = ?
           AND status IN ('sent', 'failed')`,
          [ref.day, subscriberId],
        )
      : await q.get(`SELECT 1 AS ok FROM sent_mail WHERE ref = ? AND subscriber_id = ?`, [
          `o${ref.id}`,
          subscriberId,
        ]);
  return row !== undefined;
}

// Deletes a sign-up that is still pending (its confirmation bounced); true when it was.
export async function removePendingSignup(q: Queryable, id: number) {
  return (await q.run(`DELETE FROM subscribers WHERE id = ? AND status = 'pending'`, [id])) === 1;
}

// Gives the subset of these addresses (any letter case) whose mailbox hard-bounced: the CSV
// import asks this for a whole batch at once instead of one findSuppression per row.
export async function findHardBouncedAddresses(q: Queryable, emails: readonly string[]) {
  if (emails.length === 0) return new Set<string>();
  const among = inTextList(q, [...new Set(emails.map(addressIdentity))]);
  const rows = await q.all(
    `SELECT email FROM suppressions WHERE reason = 'hard-bounce' AND email ${among.sql}`,
    among.params,
  );
  const bounced = new Set(rows.map((r) => parseRow(emailRow, r).email));
  return new Set(emails.filter((e) => bounced.has(addressIdentity(e))));
}
