import { z } from "zod";
import { countColumn, idColumn, insertedId, parseOneRow, parseRow } from "./rows";
import { inIdList } from "./sql-lists";
import type { Db, Queryable } from "./types";

const outboxItem = z.object({
  id: idColumn,
  recipient: z.string(),
  message: z.string(),
  attempts: countColumn,
  created_at: countColumn,
});

export type OutboxItem = z.infer<typeof outboxItem>;

// Queues a message (already serialised) for the delivery loop; gives its id.
export async function enqueueMail(q: Queryable, recipient: string, message: string, now: number) {
  const row = await q.get(
    `INSERT INTO outbox (recipient, message, created_at, next_attempt_at) VALUES (?, ?, ?, ?)
     RETURNING id`,
    [recipient, message, now, now],
  );
  return parseOneRow(insertedId, row).id;
}

// Leases up to `limit` due messages for `leaseMs`, so that another process (or a crash of
// this one) cannot send them twice while they are being sent, yet they return after a crash.
// The sender renews the lease while it sends (renewMailLeases).
export async function claimDueMail(db: Db, now: number, limit = 10, leaseMs = 30_000) {
  const lock = db.dialect === "postgres" ? "FOR UPDATE SKIP LOCKED" : "";
  const rows = await db.all(
    `UPDATE outbox SET locked_until = ?
     WHERE id IN (SELECT id FROM outbox
       WHERE next_attempt_at <= ? AND (locked_until IS NULL OR locked_until < ?)
       ORDER BY id LIMIT ? ${lock})
     RETURNING id, recipient, message, attempts, created_at`,
    [now + leaseMs, now, now, limit],
  );
  return rows.map((r) => parseRow(outboxItem, r)).sort((a, b) => a.id - b.id);
}

// Forgets a sent (or given up) message: the address must not outlive its need in the database.
export async function markMailSent(q: Queryable, id: number) {
  await q.run(`DELETE FROM outbox WHERE id = ?`, [id]);
}

// Records a failed attempt and when to try again.
export async function markMailFailed(
  q: Queryable,
  id: number,
  nextAttemptAt: number,
  error: string,
) {
  await q.run(
    `UPDATE outbox SET attempts = attempts + 1, next_attempt_at = ?, locked_until = NULL,
       last_error = ? WHERE id = ?`,
    [nextAttemptAt, error.slice(0, 500), id],
  );
}

// Extends the lease on these messages to `until`.
export async function renewMailLeases(q: Queryable, ids: readonly number[], until: number) {
  if (ids.length === 0) return;
  const among = inIdList(q, ids);
  await q.run(`UPDATE outbox SET locked_until = ? WHERE id ${among.sql}`, [until, ...among.params]);
}

// Gives leased messages back unsent without counting an attempt (the failure was not theirs),
// keeping `error` as their last error when given.
export async function releaseMail(q: Queryable, ids: readonly number[], error?: string) {
  if (ids.length === 0) return;
  const among = inIdList(q, ids);
  await q.run(
    `UPDATE outbox SET locked_until = NULL, last_error = COALESCE(?, last_error) WHERE id ${among.sql}`,
    [error?.slice(0, 500) ?? null, ...among.params],
  );
}

// Gives how many messages wait in the outbox.
export async function countQueuedMail(q: Queryable) {
  const row = await q.get(`SELECT COUNT(*) AS n FROM outbox`);
  return parseOneRow(z.object({ n: countColumn }), row).n;
}
