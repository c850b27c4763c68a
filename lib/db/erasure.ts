import { z } from "zod";
import { addressIdentity } from "./address-identity";
import { eraseDeliverabilityData } from "./bounce-events";
import { recordErasedAddress } from "./erased-addresses";
import { recordListEvent } from "./list-events";
import { countColumn, idColumn, parseOneRow } from "./rows";
import { inIdList, pagesById } from "./sql-lists";
import type { Db, Queryable } from "./types";

const queuedRow = z.object({ id: idColumn, recipient: z.string() });
const countRow = z.object({ n: countColumn });

// Deletes the mail queued to any spelling of these mailboxes; gives how many. The outbox
// stores each address as it is sent, so every recipient is compared through addressIdentity,
// a page at a time (the outbox holds only mail not yet sent).
export async function deleteQueuedMailTo(q: Queryable, keys: ReadonlySet<string>) {
  let deleted = 0;
  for await (const page of pagesById(q, `SELECT id, recipient FROM outbox`, queuedRow)) {
    const doomed = page.filter((m) => keys.has(addressIdentity(m.recipient))).map((m) => m.id);
    if (doomed.length === 0) continue;
    const among = inIdList(q, doomed);
    deleted += await q.run(`DELETE FROM outbox WHERE id ${among.sql}`, among.params);
  }
  return deleted;
}

// Erases everything kept about the mailbox `key` (an addressIdentity) inside `tx`: the
// subscriber (their send log goes with them), their sent-mail records, mail queued to them,
// bounce events and suppression; only the digest stays behind, dated `at`
// (erased-addresses.ts). Gives how many subscriber rows and other traces went.
export async function eraseMailboxIn(tx: Queryable, key: string, at: number) {
  // A confirmed reader (whose mailbox had not bounced) leaves the list: list-events.ts.
  const confirmed = await tx.get(
    `SELECT 1 AS confirmed FROM subscribers WHERE email_key = ? AND status = 'confirmed'
       AND NOT EXISTS (SELECT 1 FROM suppressions WHERE email = ? AND reason = 'hard-bounce')`,
    [key, key],
  );
  if (confirmed) await recordListEvent(tx, "erasure", at);
  const traces = parseOneRow(
    countRow,
    await tx.get(
      `SELECT (SELECT COUNT(*) FROM bounce_events WHERE email = ?)
         + (SELECT COUNT(*) FROM suppressions WHERE email = ?) AS n`,
      [key, key],
    ),
  ).n;
  const queued = await deleteQueuedMailTo(tx, new Set([key]));
  await recordErasedAddress(tx, key, at);
  await eraseDeliverabilityData(tx, key);
  await tx.run(
    `DELETE FROM sent_mail WHERE subscriber_id IN (SELECT id FROM subscribers WHERE email_key = ?)`,
    [key],
  );
  const readers = await tx.run(`DELETE FROM subscribers WHERE email_key = ?`, [key]);
  return { readers, traces: traces + queued };
}

// SQLite: secure_delete zeroes the freed pages, and this checkpoint moves that into the main
// file and empties the WAL, which would otherwise still hold the old pages.
export async function scrubFreedPages(db: Db) {
  if (db.dialect === "sqlite") await db.all(`PRAGMA wal_checkpoint(TRUNCATE)`);
}

// Erases everything kept about the mailbox of `address` (any letter case) in one transaction;
// true when there was anything to erase.
export async function eraseMailbox(db: Db, address: string, now: number): Promise<boolean> {
  const key = addressIdentity(address);
  const erased = await db.transaction((tx) => eraseMailboxIn(tx, key, now));
  await scrubFreedPages(db);
  return erased.readers + erased.traces > 0;
}
