import { z } from "zod";
import { addressIdentity } from "./address-identity";
import { parseRow } from "./rows";
import type { SuppressionReason } from "./suppressions";
import type { Db, Queryable } from "./types";

// Who lifted a suppression: an operator by hand (`subscribers -- unsuppress`), or the repair
// of refusals that were not the reader's (migration 0410).
export type SuppressionLift = {
  at: number;
  reason: string;
  was: SuppressionReason;
  statusCode: string | null;
  by: "operator" | "repair";
};

const suppressionRow = z.object({
  reason: z.enum(["hard-bounce", "soft-bounce", "complaint"]),
  status_code: z.string().nullable(),
});
const liftRow = z
  .object({
    lifted_at: z.number(),
    reason: z.string(),
    was_reason: z.enum(["hard-bounce", "soft-bounce", "complaint"]),
    was_status_code: z.string().nullable(),
    lifted_by: z.enum(["operator", "repair"]),
  })
  .transform((r): SuppressionLift => ({
    at: r.lifted_at,
    reason: r.reason,
    was: r.was_reason,
    statusCode: r.was_status_code,
    by: r.lifted_by,
  }));

// Records that the suppression of `email` was lifted, why and by whom. Kept like bounce events
// (90 days), erased with the address and part of its data export.
export async function recordSuppressionLift(q: Queryable, email: string, lift: SuppressionLift) {
  await q.run(
    `INSERT INTO suppression_lifts (email, lifted_at, reason, was_reason, was_status_code, lifted_by)
     VALUES (?, ?, ?, ?, ?, ?)`,
    [
      addressIdentity(email),
      lift.at,
      lift.reason.slice(0, 500),
      lift.was,
      lift.statusCode,
      lift.by,
    ],
  );
}

// Lifts whatever suppression the address has (a hard bounce too: the operator knows the
// mailbox works) and records the reason, in one transaction; gives what was lifted, or null
// when the address had no suppression.
export async function liftSuppressionByHand(db: Db, email: string, reason: string, at: number) {
  return db.transaction(async (tx) => {
    const row = await tx.get(`SELECT reason, status_code FROM suppressions WHERE email = ?`, [
      addressIdentity(email),
    ]);
    if (!row) return null;
    const was = parseRow(suppressionRow, row);
    await tx.run(`DELETE FROM suppressions WHERE email = ?`, [addressIdentity(email)]);
    const lift = {
      at,
      reason,
      was: was.reason,
      statusCode: was.status_code,
      by: "operator" as const,
    };
    await recordSuppressionLift(tx, email, lift);
    return lift;
  });
}

// Gives the lifts recorded for the address, oldest first (for the data subject access answer).
export async function listSuppressionLifts(q: Queryable, email: string) {
  const rows = await q.all(
    `SELECT lifted_at, reason, was_reason, was_status_code, lifted_by FROM suppression_lifts
     WHERE email = ? ORDER BY lifted_at, id`,
    [addressIdentity(email)],
  );
  return rows.map((r) => parseRow(liftRow, r));
}
