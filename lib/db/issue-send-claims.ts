import { z } from "zod";
import { frequencyColumn, idColumn, parseRow, splitTopics } from "./rows";
import { inIdList } from "./sql-lists";
import type { Db, Dialect, Queryable } from "./types";

// The subscriber's columns a claim brings along, by the name the sender reads them under (the
// column is the snake_case of the name). Add one here and every claimed send carries it: the
// claim statements below are built from these keys.
const subscriberColumns = {
  email: z.string().nullable(),
  topics: z.string().nullable(),
  status: z.string().nullable(),
  // The consent version the letter's manage links carry (lib/subscription/tokens.ts).
  tokenVersion: z.number().int().nullable(),
  // Which letter the reader gets: the day's, or the week's digest (lib/issue/day-plan.ts).
  frequency: frequencyColumn.nullable(),
};
const KEYS = Object.keys(subscriberColumns);
const column = (key: string) => key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

// A subscriber erased since the rows were queued has no columns: an unconfirmed nobody.
const claimedRow = z
  .object({ subscriberId: idColumn, ...subscriberColumns })
  .transform(({ email, topics, status, tokenVersion, frequency, ...more }) => ({
    ...more,
    email: email ?? "",
    topics: splitTopics(topics ?? ""),
    confirmed: status === "confirmed",
    tokenVersion: tokenVersion ?? 0,
    frequency: frequency ?? "daily",
  }));

export type ClaimedSend = z.infer<typeof claimedRow>;

export type ClaimRequest = {
  day: string;
  runId: string;
  now: number;
  leaseMs: number;
  limit: number;
  // Due rows: only subscribers after this id (a run's cursor), so the walk never passes the
  // rows it already took. Omitted: claims whose lease ran out (their run died).
  afterId?: number;
};

const CLAIM_SET = `status = 'sending', claimed_by = ?, claimed_until = ?, attempts = attempts + 1`;

// Gives the one statement that claims a batch, in `dialect`. Due rows come from the
// (issue_date, status, subscriber_id) index from the cursor on, expired leases from the
// partial index issue_sends_leases; PostgreSQL skips rows another run has locked, SQLite runs
// it under its write lock. Exported so the tests can read its query plan.
export function claimStatement(dialect: Dialect, r: ClaimRequest) {
  const pick =
    r.afterId === undefined
      ? {
          sql: `issue_date = ? AND status = 'sending' AND claimed_until < ?
                ORDER BY claimed_until LIMIT ?`,
          params: [r.day, r.now, r.limit],
        }
      : {
          sql: `issue_date = ? AND status = 'pending' AND subscriber_id > ?
                AND (retry_at IS NULL OR retry_at <= ?) ORDER BY subscriber_id LIMIT ?`,
          params: [r.day, r.afterId, r.now, r.limit],
        };
  const set = [r.runId, r.now + r.leaseMs];
  if (dialect === "postgres") {
    // The pick runs once, in a CTE: inside `IN (…)` the planner may re-run a LIMIT subquery.
    return {
      sql: `WITH next AS (SELECT subscriber_id FROM issue_sends WHERE ${pick.sql}
              FOR UPDATE SKIP LOCKED),
            claimed AS (UPDATE issue_sends AS s SET ${CLAIM_SET} FROM next
              WHERE s.issue_date = ? AND s.subscriber_id = next.subscriber_id
              RETURNING s.subscriber_id)
            SELECT c.subscriber_id AS "subscriberId",
              ${KEYS.map((k) => `u.${column(k)} AS "${k}"`).join(", ")}
            FROM claimed c LEFT JOIN subscribers u ON u.id = c.subscriber_id`,
      params: [...pick.params, ...set, r.day],
    };
  }
  const joined = KEYS.map(
    (k) =>
      `(SELECT u.${column(k)} FROM subscribers u WHERE u.id = issue_sends.subscriber_id) AS "${k}"`,
  );
  return {
    sql: `UPDATE issue_sends SET ${CLAIM_SET}
          WHERE issue_date = ? AND subscriber_id IN
            (SELECT subscriber_id FROM issue_sends WHERE ${pick.sql})
          RETURNING subscriber_id AS "subscriberId", ${joined.join(", ")}`,
    params: [...set, r.day, ...pick.params],
  };
}

// Claims up to `limit` rows of the issue for `runId` until `now + leaseMs`, each with its
// subscriber's address, topics and status; gives them in subscriber order.
export async function claimIssueSends(db: Db, request: ClaimRequest): Promise<ClaimedSend[]> {
  const { sql, params } = claimStatement(db.dialect, request);
  const rows = await db.all(sql, params);
  return rows
    .map((row) => parseRow(claimedRow, row))
    .sort((a, b) => a.subscriberId - b.subscriberId);
}

const renewedRow = z.object({ subscriber_id: idColumn });

// Extends this run's claims on these rows to `until`; gives the ids it still held (a claim
// taken over after its lease ran out is not renewed, and its mail must not go).
export async function renewIssueSends(
  q: Queryable,
  claim: { day: string; runId: string; ids: readonly number[]; until: number },
) {
  if (claim.ids.length === 0) return [];
  const among = inIdList(q, claim.ids);
  const rows = await q.all(
    `UPDATE issue_sends SET claimed_until = ?
     WHERE issue_date = ? AND claimed_by = ? AND status = 'sending' AND subscriber_id ${among.sql}
     RETURNING subscriber_id`,
    [claim.until, claim.day, claim.runId, ...among.params],
  );
  return rows.map((row) => parseRow(renewedRow, row).subscriber_id);
}

// Gives claimed rows back unsent, to be claimed again from `retryAt` on (null: at once).
export async function releaseIssueSends(
  q: Queryable,
  claim: { day: string; runId: string; ids: readonly number[] },
  retryAt: number | null,
  error?: string,
) {
  if (claim.ids.length === 0) return;
  const among = inIdList(q, claim.ids);
  await q.run(
    `UPDATE issue_sends SET status = 'pending', claimed_by = NULL, claimed_until = NULL,
       retry_at = ?, last_error = ?
     WHERE issue_date = ? AND claimed_by = ? AND status = 'sending' AND subscriber_id ${among.sql}`,
    [retryAt, error?.slice(0, 500) ?? null, claim.day, claim.runId, ...among.params],
  );
}

const leaseRow = z.object({ until: z.number().nullable() });

// Gives when the last claim another run holds on the issue runs out (null: none is held).
export async function lastForeignLease(q: Queryable, day: string, runId: string) {
  const row = await q.get(
    `SELECT MAX(claimed_until) AS until FROM issue_sends
     WHERE issue_date = ? AND status = 'sending' AND claimed_by <> ?`,
    [day, runId],
  );
  return row ? parseRow(leaseRow, row).until : null;
}
