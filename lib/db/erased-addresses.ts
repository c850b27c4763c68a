import { createHash } from "node:crypto";
import { z } from "zod";
import { addressIdentity } from "./address-identity";
import { parseRow } from "./rows";
import { inTextList } from "./sql-lists";
import type { Queryable } from "./types";

const erasedRow = z.object({ email_sha256: z.string(), erased_at: z.number() });

// An erased address is kept only as this digest of its identity: enough to recognise it in a
// list imported later (or in the erasure journal after a restore), not enough to mail or list
// anyone. Anna@ and anna@ are one person, so one digest.
export const erasureDigest = (address: string) =>
  createHash("sha256").update(addressIdentity(address)).digest("hex");

// Remembers that the address with this digest was erased at `at` (the latest time, when it was
// erased more than once: the erasure journal compares with it after a restore).
export async function recordErasedDigest(q: Queryable, digest: string, at: number) {
  await q.run(
    `INSERT INTO erased_addresses (email_sha256, erased_at) VALUES (?, ?)
     ON CONFLICT (email_sha256) DO UPDATE SET erased_at = CASE
       WHEN excluded.erased_at > erased_addresses.erased_at THEN excluded.erased_at
       ELSE erased_addresses.erased_at END`,
    [digest, at],
  );
}

// Remembers that this address was erased; harmless when done twice.
export async function recordErasedAddress(q: Queryable, email: string, now: number) {
  await recordErasedDigest(q, erasureDigest(email), now);
}

// Gives, by digest, when each of these digests was last erased (absent: never, here).
export async function findErasureTimes(q: Queryable, digests: readonly string[]) {
  const times = new Map<string, number>();
  if (digests.length === 0) return times;
  const among = inTextList(q, digests);
  const rows = await q.all(
    `SELECT email_sha256, erased_at FROM erased_addresses WHERE email_sha256 ${among.sql}`,
    among.params,
  );
  for (const row of rows) {
    const r = parseRow(erasedRow, row);
    times.set(r.email_sha256, r.erased_at);
  }
  return times;
}

// Gives the subset of these addresses (any letter case) that were erased.
export async function findErasedAddresses(q: Queryable, emails: readonly string[]) {
  const found = await findErasureTimes(q, [...new Set(emails.map(erasureDigest))]);
  return new Set(emails.filter((e) => found.has(erasureDigest(e))));
}
