import type { Db, Queryable } from "./types";

export type IssueSendStatus = "pending" | "sending" | "sent" | "skipped" | "failed";

export type ClaimedSend = {
  subscriberId: number;
  email: string;
  topics: string[];
  confirmed: boolean;
};

// Adds a pending row for every confirmed subscriber who has none for this issue yet; gives how
// many. Idempotent, and done by the database in one statement however long the list is.
export async function enqueueIssueSends(q: Queryable, day: string) {
  return q.run(
    `INSERT INTO issue_sends (issue_date, subscriber_id, status)
     SELECT ?, id, 'pending' FROM subscribers WHERE status = 'confirmed'
     ON CONFLICT (issue_date, subscriber_id) DO NOTHING`,
    [day],
  );
}

const CLAIMABLE = `(status = 'pending' OR (status = 'sending' AND claimed_until < ?))`;

// Claims the next unsent row of the issue (a pending one, or one whose claimer's lease ran
// out) for `runId` until `now + leaseMs`; gives the subscriber or undefined when none is left.
// PostgreSQL skips rows another run has locked; SQLite runs the statement under its write lock.
export async function claimNextIssueSend(
  db: Db,
  day: string,
  runId: string,
  now: number,
  leaseMs: number,
) {
  const lock = db.dialect === "postgres" ? "FOR UPDATE SKIP LOCKED" : "";
  const row = await db.get<{ subscriber_id: number }>(
    `UPDATE issue_sends SET status = 'sending', claimed_by = ?, claimed_until = ?, attempts = attempts + 1
     WHERE issue_date = ? AND ${CLAIMABLE} AND subscriber_id IN (
       SELECT subscriber_id FROM issue_sends WHERE issue_date = ? AND ${CLAIMABLE}
       ORDER BY subscriber_id LIMIT 1 ${lock})
     RETURNING subscriber_id`,
    [runId, now + leaseMs, day, now, day, now],
  );
  if (!row) return undefined;
  const subscriber = await db.get<{ id: number; email: string; topics: string; status: string }>(
    `SELECT id, email, topics, status FROM subscribers WHERE id = ?`,
    [row.subscriber_id],
  );
  return {
    subscriberId: Number(row.subscriber_id),
    email: subscriber?.email ?? "",
    topics: subscriber?.topics ? subscriber.topics.split(",") : [],
    confirmed: subscriber?.status === "confirmed",
  } satisfies ClaimedSend;
}

// Records the outcome of a claimed row; only the run holding the claim can record it.
export async function finishIssueSend(
  q: Queryable,
  claim: { day: string; subscriberId: number; runId: string },
  outcome: { status: "sent" | "skipped" | "failed"; at: number; error?: string },
) {
  await q.run(
    `UPDATE issue_sends SET status = ?, sent_at = ?, last_error = ?, claimed_until = NULL
     WHERE issue_date = ? AND subscriber_id = ? AND claimed_by = ? AND status = 'sending'`,
    [
      outcome.status,
      outcome.status === "sent" ? outcome.at : null,
      outcome.error?.slice(0, 500) ?? null,
      claim.day,
      claim.subscriberId,
      claim.runId,
    ],
  );
}

// Gives a claimed row back (its mail was not handed over), so a later run sends it.
export async function releaseIssueSend(
  q: Queryable,
  claim: { day: string; subscriberId: number; runId: string },
  error?: string,
) {
  await q.run(
    `UPDATE issue_sends SET status = 'pending', claimed_by = NULL, claimed_until = NULL, last_error = ?
     WHERE issue_date = ? AND subscriber_id = ? AND claimed_by = ? AND status = 'sending'`,
    [error?.slice(0, 500) ?? null, claim.day, claim.subscriberId, claim.runId],
  );
}

// Gives how many rows of the issue are in each status.
export async function countIssueSends(
  q: Queryable,
  day: string,
): Promise<Record<IssueSendStatus, number>> {
  const rows = await q.all<{ status: IssueSendStatus; n: number }>(
    `SELECT status, COUNT(*) AS n FROM issue_sends WHERE issue_date = ? GROUP BY status`,
    [day],
  );
  const counts = { pending: 0, sending: 0, sent: 0, skipped: 0, failed: 0 };
  for (const row of rows) counts[row.status] = Number(row.n);
  return counts;
}
