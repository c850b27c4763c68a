import { z } from "zod";
import { countColumn, parseRow } from "./rows";
import type { Db, Queryable } from "./types";

// What happened to the list, one row per change, written in the same transaction as the change
// itself (migrations/0700-list-events.ts): the kind, the time and how many readers, never who.
// The current rows cannot say this afterwards: erasures delete them, pending sign-ups are
// purged after 30 days, a new sign-up overwrites the consent time, and merges fold rows.
// - signup: a new sign-up, or a comeback after unsubscribing (not a pending reader trying
//   again); pending rows of an imported list count here too;
// - confirm: a pending sign-up confirmed;
// - import: confirmed readers added from a list that held their consent;
// - unsubscribe, complaint: a confirmed reader left, by the manage page or one-click link, or
//   by reporting the letter as spam;
// - hard-bounce: a confirmed reader's mailbox turned out not to exist;
// - erasure: a confirmed reader's data erased on request.
// Arrivals (confirm, import) less departures (the other four) is the confirmed list's change.
export const LIST_EVENT_KINDS = [
  "signup",
  "confirm",
  "import",
  "unsubscribe",
  "complaint",
  "hard-bounce",
  "erasure",
] as const;
export type ListEventKind = (typeof LIST_EVENT_KINDS)[number];
export type ListEventCounts = Record<ListEventKind, number>;

// Records `n` changes of this kind at `at`, in the caller's transaction.
export async function recordListEvent(q: Queryable, kind: ListEventKind, at: number, n = 1) {
  if (n > 0) await q.run(`INSERT INTO list_events (kind, at, n) VALUES (?, ?, ?)`, [kind, at, n]);
}

// Runs `fn` in a transaction of its own when handed the database, or in the caller's when
// handed one: a change and its list event are written together either way.
export function inTransaction<T>(q: Queryable, fn: (tx: Queryable) => Promise<T>): Promise<T> {
  return "transaction" in q ? (q as Db).transaction(fn) : fn(q);
}

const countRow = z.object({ kind: z.enum(LIST_EVENT_KINDS), n: countColumn });

// Gives how many changes of each kind happened in [from, to).
export async function countListEvents(
  q: Queryable,
  from: number,
  to: number,
): Promise<ListEventCounts> {
  const counts = Object.fromEntries(LIST_EVENT_KINDS.map((k) => [k, 0])) as ListEventCounts;
  const rows = await q.all(
    `SELECT kind, SUM(n) AS n FROM list_events WHERE at >= ? AND at < ? GROUP BY kind`,
    [from, to],
  );
  for (const row of rows) {
    const r = parseRow(countRow, row);
    counts[r.kind] = r.n;
  }
  return counts;
}
