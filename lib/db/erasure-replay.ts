import { z } from "zod";
import { addressIdentity } from "./address-identity";
import { erasureDigest, findErasureTimes, recordErasedDigest } from "./erased-addresses";
import { eraseMailboxIn, scrubFreedPages } from "./erasure";
import { erasuresNewerThan, type ErasureEntry } from "./erasure-journal";
import { idColumn } from "./rows";
import { pagesById } from "./sql-lists";
import type { Db, Queryable } from "./types";

const PAGE = 1000;
const keyRow = z.object({ id: idColumn, key: z.string() });

export type ReplayResult = {
  // Entries the database did not know of (erasures made after its backup was taken).
  newer: number;
  // Subscriber rows those erasures removed.
  readersRemoved: number;
};

// Gives the mailbox (identity) behind each of these digests that the database still holds
// anything of. A digest cannot be reversed, so every stored address is hashed and compared.
async function resolveDigests(q: Queryable, wanted: ReadonlySet<string>) {
  const found = new Map<string, string>();
  const consider = (address: string) => {
    const digest = erasureDigest(address);
    if (wanted.has(digest)) found.set(digest, addressIdentity(address));
  };
  const sources = [
    `SELECT id, email_key AS key FROM subscribers`,
    `SELECT id, recipient AS key FROM outbox`,
    `SELECT id, email AS key FROM bounce_events`,
  ];
  for (const source of sources) {
    for await (const page of pagesById(q, source, keyRow, PAGE))
      page.forEach((r) => consider(r.key));
  }
  // Suppressions are keyed by address, one row each, and few.
  for (const row of await q.all(`SELECT email AS key FROM suppressions`))
    consider(z.object({ key: z.string() }).parse(row).key);
  return found;
}

// Re-applies, in one transaction, every journal entry the database has not seen: an entry is
// seen when erased_addresses holds its digest from that moment or later (an erasure records
// both, with the same time). A reader who signed up again after an erasure the backup already
// holds is therefore left alone. Entries with nothing left to erase are still recorded, so
// that an import of an old list refuses them.
export async function replayErasures(
  db: Db,
  entries: readonly ErasureEntry[],
): Promise<ReplayResult> {
  const digests = [...new Set(entries.map((e) => e.digest))];
  const known = new Map<string, number>();
  for (let i = 0; i < digests.length; i += PAGE) {
    for (const [d, at] of await findErasureTimes(db, digests.slice(i, i + PAGE))) known.set(d, at);
  }
  const newer = erasuresNewerThan(entries, known);
  if (newer.length === 0) return { newer: 0, readersRemoved: 0 };
  const result = await db.transaction(async (tx) => {
    const keys = await resolveDigests(tx, new Set(newer.map((e) => e.digest)));
    let readersRemoved = 0;
    for (const { digest, at } of newer) {
      const key = keys.get(digest);
      if (key !== undefined) readersRemoved += (await eraseMailboxIn(tx, key, at)).readers;
      else await recordErasedDigest(tx, digest, at);
    }
    return { newer: newer.length, readersRemoved };
  });
  await scrubFreedPages(db);
  return result;
}
