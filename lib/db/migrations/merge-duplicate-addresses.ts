import { z } from "zod";
import { maskEmail } from "../../log";
import { addressIdentity } from "../address-identity";
import { idColumn, parseRow } from "../rows";
import { pagesById } from "../sql-lists";
import type { Queryable } from "../types";
import { planMerge, type MergeRow } from "./merge-plan";

const PAGE = 500;
const REPORTED_GROUPS = 50;

const keyRow = z.object({ id: idColumn, email: z.string() });
const mergeRow = z.object({
  id: idColumn,
  email: z.string(),
  email_key: z.string(),
  status: z.enum(["pending", "confirmed", "unsubscribed"]),
  topics: z.string(),
  consent_at: z.number(),
  confirmed_at: z.number().nullable(),
  unsubscribed_at: z.number().nullable(),
  last_mail_at: z.number().nullable(),
  created_at: z.number(),
  updated_at: z.number(),
});

// Fills email_key for every row, a page at a time; gives how many rows there are.
async function fillKeys(tx: Queryable): Promise<number> {
  let total = 0;
  for await (const page of pagesById(tx, `SELECT id, email FROM subscribers`, keyRow, PAGE)) {
    const ids = page.map((r) => r.id);
    const keys = page.map((r) => addressIdentity(r.email));
    if (tx.dialect === "postgres") {
      await tx.run(
        `UPDATE subscribers AS s SET email_key = k.key
         FROM unnest(?::bigint[], ?::text[]) AS k (id, key) WHERE s.id = k.id`,
        [ids, keys],
      );
    } else {
      await tx.run(
        `UPDATE subscribers SET email_key = k.column2
         FROM (VALUES ${page.map(() => "(?, ?)").join(", ")}) AS k WHERE subscribers.id = k.column1`,
        ids.flatMap((id, i) => [id, keys[i]]),
      );
    }
    total += page.length;
  }
  return total;
}

// Gives every row whose mailbox has more than one row, grouped by mailbox.
async function duplicateGroups(tx: Queryable): Promise<MergeRow[][]> {
  const rows = await tx.all(
    `SELECT id, email, email_key, status, topics, consent_at, confirmed_at, unsubscribed_at,
       last_mail_at, created_at, updated_at FROM subscribers
     WHERE email_key IN (SELECT email_key FROM subscribers GROUP BY email_key HAVING COUNT(*) > 1)
     ORDER BY email_key, id`,
  );
  const groups = new Map<string, MergeRow[]>();
  for (const raw of rows) {
    const r = parseRow(mergeRow, raw);
    const row: MergeRow = {
      id: r.id,
      email: r.email,
      status: r.status,
      topics: r.topics ? r.topics.split(",") : [],
      consentAt: r.consent_at,
      confirmedAt: r.confirmed_at,
      unsubscribedAt: r.unsubscribed_at,
      lastMailAt: r.last_mail_at,
      createdAt: r.created_at,
      updatedAt: r.updated_at,
    };
    groups.set(r.email_key, [...(groups.get(r.email_key) ?? []), row]);
  }
  return [...groups.values()];
}

// Keys every subscriber by addressIdentity and merges the rows that are one mailbox into one
// (merge-plan.ts decides which survives and with what). The merged-away rows go with their
// send log (ON DELETE CASCADE), sent-mail records and queued mail: their links name an id that
// no longer exists, so their tokens stop working. Gives the lines db:migrate prints.
export async function keyAndMergeAddresses(tx: Queryable): Promise<string[]> {
  const before = await fillKeys(tx);
  const groups = await duplicateGroups(tx);
  const lines: string[] = [];
  let merged = 0;
  for (const group of groups) {
    const plan = planMerge(group);
    const k = plan.keep;
    await tx.run(
      `UPDATE subscribers SET status = ?, topics = ?, unsubscribed_at = ?, last_mail_at = ?,
         created_at = ?, updated_at = ? WHERE id = ?`,
      [k.status, k.topics.join(), k.unsubscribedAt, k.lastMailAt, k.createdAt, k.updatedAt, k.id],
    );
    for (const gone of plan.drop) {
      await tx.run(`DELETE FROM outbox WHERE recipient = ?`, [gone.email]);
      await tx.run(`DELETE FROM sent_mail WHERE subscriber_id = ?`, [gone.id]);
      await tx.run(`DELETE FROM subscribers WHERE id = ?`, [gone.id]);
    }
    merged += plan.drop.length;
    if (lines.length < REPORTED_GROUPS) {
      const others = plan.drop.map((d) => `#${d.id} (${d.status})`).join(", ");
      lines.push(`${maskEmail(k.email)}: kept #${k.id} (${k.status}), merged ${others}`);
    }
  }
  if (groups.length > REPORTED_GROUPS)
    lines.push(`… and ${groups.length - REPORTED_GROUPS} more addresses`);
  const summary =
    merged === 0
      ? `${before} subscribers; no mailbox had more than one row, nothing merged`
      : `${before} subscribers before, ${before - merged} after: ${groups.length} mailboxes ` +
        `had rows in more than one letter case, ${merged} rows merged into theirs`;
  return [summary, ...lines];
}
