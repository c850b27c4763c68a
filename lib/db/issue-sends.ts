import { z } from "zod";
import { countColumn, idColumn, parseRow, topicsColumn } from "./rows";
import type { Db, Queryable } from "./types";

const claimedRow = z.object({ subscriber_id: idColumn });
const recipientRow = z.object({
  email: z.string(),
  topics: topicsColumn,
  status: z.string(),
  token_version: z.number().int(),
});
const statusCount = z.object({
  status: z.enum(["pending", "sending", "sent", "skipped", "failed"]),
  n: countColumn,
});

export type IssueSendStatus = z.infer<typeof statusCount>["status"];

export type ClaimedSend = {
  subscriberId: number;
  email: string;
  topics: string[];
  confirmed: boolean;
  // The consent version the issue's manage links carry (lib/subscription/tokens.ts).
  tokenVersion: number;
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

// Takes `now` twice: a pending row is due, or a claim's lease has run out.
const CLAIMABLE = `((status = 'pending' AND (retry_at IS NULL OR retry_at <= ?))
  OR (status = 'sending' AND claimed_until < ?))`;
const CLAIM_SET = `status = 'sending', claimed_by = ?, claimed_until = ?, attempts = attempts + 1`;

// Claims the next unsent row of the issue (a pending one, or one whose claimer's lease ran
// out) for `runId` until `now + leaseMs`; gives the subscriber or undefined when none is left.
// PostgreSQL skips rows another run has locked; SQLite runs the statement under its write lock,
// so two processes never pick the same row.
export async function claimNextIssueSend(
  db: Db,
  day: string,
  runId: string,
  now: number,
  leaseMs: number,
) {
  // PostgreSQL: the pick runs once, in a CTE; inside `IN (…)` the planner may re-run a LIMIT
  // subquery per row and, with SKIP LOCKED, claim several rows in one statement.
  const row =
    db.dialect === "postgres"
      ? await db.get(
          `WITH next AS (
             SELECT subscriber_id FROM issue_sends WHERE issue_date = ? AND ${CLAIMABLE}
             ORDER BY subscriber_id LIMIT 1 FOR UPDATE SKIP LOCKED)
           UPDATE issue_sends AS s SET ${CLAIM_SET} FROM next
           WHERE s.issue_date = ? AND s.subscriber_id = next.subscriber_id
           RETURNING s.subscriber_id`,
          [day, now, now, runId, now + leaseMs, day],
        )
      : await db.get(
          `UPDATE issue_sends SET ${CLAIM_SET}
           WHERE issue_date = ? AND subscriber_id = (
             SELECT subscriber_id FROM issue_sends WHERE issue_date = ? AND ${CLAIMABLE}
             ORDER BY subscriber_id LIMIT 1)
           RETURNING subscriber_id`,
          [runId, now + leaseMs, day, day, now, now],
        );
  if (!row) return undefined;
  const { subscriber_id: subscriberId } = parseRow(claimedRow, row);
  const found = await db.get(
    `SELECT email, topics, status, token_version FROM subscribers WHERE id = ?`,
    [subscriberId],
  );
  // A subscriber erased since the rows were queued: an unconfirmed nobody, skipped by the sender.
  const subscriber = found ? parseRow(recipientRow, found) : undefined;
  return {
    subscriberId,
    email: subscriber?.email ?? "",
    topics: subscriber?.topics ?? [],
    confirmed: subscriber?.status === "confirmed",
    tokenVersion: subscriber?.token_version ?? 0,
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

// Gives a claimed row back (its mail was not handed over), to be claimed again from
// `retryAt` on (null: at once).
export async function releaseIssueSend(
  q: Queryable,
  claim: { day: string; subscriberId: number; runId: string },
  retryAt: number | null,
  error?: string,
) {
  await q.run(
    `UPDATE issue_sends SET status = 'pending', claimed_by = NULL, claimed_until = NULL,
       retry_at = ?, last_error = ?
     WHERE issue_date = ? AND subscriber_id = ? AND claimed_by = ? AND status = 'sending'`,
    [retryAt, error?.slice(0, 500) ?? null, claim.day, claim.subscriberId, claim.runId],
  );
}

// Gives how many rows of the issue are in each status.
export async function countIssueSends(
  q: Queryable,
  day: string,
): Promise<Record<IssueSendStatus, number>> {
  const rows = await q.all(
    `SELECT status, COUNT(*) AS n FROM issue_sends WHERE issue_date = ? GROUP BY status`,
    [day],
  );
  const counts = { pending: 0, sending: 0, sent: 0, skipped: 0, failed: 0 };
  for (const row of rows) {
    const { status, n } = parseRow(statusCount, row);
    counts[status] = n;
  }
  return counts;
}
