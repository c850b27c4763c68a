import { createHash } from "node:crypto";
import { z } from "zod";
import { parseRow } from "./rows";
import { inTextList } from "./sql-lists";
import type { Queryable } from "./types";

const erasedRow = z.object({ email_sha256: z.string() });

// An erased address is kept only as this digest: enough to recognise it in a list imported
// later, not enough to mail or list anyone. Lower-cased: Anna@ and anna@ are one person.
const digest = (email: string) => createHash("sha256").update(email.toLowerCase()).digest("hex");

// Remembers that this (stored-form) address was erased; harmless when done twice.
export async function recordErasedAddress(q: Queryable, email: string, now: number) {
  await q.run(
    `INSERT INTO erased_addresses (email_sha256, erased_at) VALUES (?, ?)
     ON CONFLICT (email_sha256) DO NOTHING`,
    [digest(email), now],
  );
}

// Gives the subset of these (stored-form) addresses that were erased.
export async function findErasedAddresses(q: Queryable, emails: readonly string[]) {
  if (emails.length === 0) return new Set<string>();
  const byDigest = new Map(emails.map((e) => [digest(e), e]));
  const digests = [...byDigest.keys()];
  const among = inTextList(q, digests);
  const rows = await q.all(
    `SELECT email_sha256 FROM erased_addresses WHERE email_sha256 ${among.sql}`,
    among.params,
  );
  // Every digest found is one of those asked about, so each maps back to its address.
  return new Set(rows.flatMap((r) => byDigest.get(parseRow(erasedRow, r).email_sha256) ?? []));
}
