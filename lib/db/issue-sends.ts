import { z } from "zod";
import { countColumn, FREQUENCIES, parseRow, type Frequency } from "./rows";
import { inTextList } from "./sql-lists";
import type { Db, Queryable } from "./types";

const statusCount = z.object({
  status: z.enum(["pending", "sending", "sent", "skipped", "failed"]),
  n: countColumn,
});

export type IssueSendStatus = z.infer<typeof statusCount>["status"];

// Adds a pending row for every confirmed subscriber of these rhythms who has none for this
// day yet; gives how many. Idempotent, and done by the database in one statement however long
// the list is.
export async function enqueueIssueSends(
  q: Queryable,
  day: string,
  rhythms: readonly Frequency[] = FREQUENCIES,
) {
  if (rhythms.length === 0) return 0;
  const among = inTextList(q, rhythms);
  return q.run(
    `INSERT INTO issue_sends (issue_date, subscriber_id, status)
     SELECT ?, id, 'pending' FROM subscribers WHERE status = 'confirmed' AND frequency ${among.sql}
     ON CONFLICT (issue_date, subscriber_id) DO NOTHING`,
    [day, ...among.params],
  );
}

export type SendOutcome = {
  subscriberId: number;
  status: "sent" | "skipped" | "failed";
  at: number;
  error?: string;
};

// Records the outcomes of claimed rows in one transaction; only the run holding a row's claim
// can record it (a row taken over by another run is left to that run).
export async function finishIssueSends(
  db: Db,
  claim: { day: string; runId: string },
  outcomes: readonly SendOutcome[],
) {
  await db.transaction(async (tx) => {
    for (const o of outcomes) {
      await tx.run(
        `UPDATE issue_sends SET status = ?, sent_at = ?, last_error = ?, claimed_until = NULL
         WHERE issue_date = ? AND subscriber_id = ? AND claimed_by = ? AND status = 'sending'`,
        [
          o.status,
          o.status === "sent" ? o.at : null,
          o.error?.slice(0, 500) ?? null,
          claim.day,
          o.subscriberId,
          claim.runId,
        ],
      );
    }
  });
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
