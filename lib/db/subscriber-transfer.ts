import { z } from "zod";
import { addressIdentity } from "./address-identity";
import { newTokenVersion } from "./subscriber-changes";
import { inTextList, placeholders } from "./sql-lists";
import { countColumn, frequencyColumn, idColumn, parseRow, type Frequency } from "./rows";
import type { SubscriberStatus } from "./subscribers";
import { recordListEvent } from "./list-events";
import type { Queryable } from "./types";

// Moving a list in and out: the queries behind lib/subscription/csv-export.ts and csv-import.ts.

export type ExportedSubscriber = {
  id: number;
  email: string;
  topics: string[];
  frequency: Frequency;
  consentAt: number;
  consentSource: string;
  consentVersion: string;
};

const statusColumn = z.enum([
  "pending",
  "confirmed",
  "unsubscribed",
]) satisfies z.ZodType<SubscriberStatus>;

// The stored topics as they are (an export keeps even a slug the taxonomy no longer knows).
const exportedRow = z
  .object({
    id: idColumn,
    email: z.string(),
    topics: z.string(),
    frequency: frequencyColumn,
    consent_at: z.number(),
    consent_source: z.string(),
    consent_version: z.string(),
  })
  .transform((r): ExportedSubscriber => ({
    id: r.id,
    email: r.email,
    topics: r.topics ? r.topics.split(",") : [],
    frequency: r.frequency,
    consentAt: r.consent_at,
    consentSource: r.consent_source,
    consentVersion: r.consent_version,
  }));
const statusRow = z.object({ key: z.string(), status: statusColumn });
const insertedRow = z.object({ id: idColumn, email: z.string(), token_version: z.number().int() });
const statusCount = z.object({ status: statusColumn, n: countColumn });
const consentOriginRow = z
  .object({ consent_source: z.string(), imported_at: z.number().nullable() })
  .transform((r) => ({ source: r.consent_source, importedAt: r.imported_at }));

// Yields every confirmed subscriber with their consent, a page at a time in id order, so
// memory stays flat at any list size.
export async function* streamConfirmedWithConsent(q: Queryable, pageSize = 2000) {
  let afterId = 0;
  for (;;) {
    const rows = await q.all(
      `SELECT id, email, topics, frequency, consent_at, consent_source, consent_version
       FROM subscribers
       WHERE status = 'confirmed' AND id > ? ORDER BY id LIMIT ?`,
      [afterId, pageSize],
    );
    const page = rows.map((r) => parseRow(exportedRow, r));
    yield* page;
    const last = page.at(-1);
    if (!last || page.length < pageSize) return;
    afterId = last.id;
  }
}

// Gives, by identity (addressIdentity), the status of each of these addresses that has a row
// in any letter case: mail systems treat Anna@ and anna@ as one mailbox, so a rule about a
// person must too.
export async function findSubscriberStatuses(q: Queryable, emails: readonly string[]) {
  const statuses = new Map<string, SubscriberStatus>();
  if (emails.length === 0) return statuses;
  // PostgreSQL: one array parameter instead of hundreds, parsed and planned once.
  const among = inTextList(q, [...new Set(emails.map(addressIdentity))]);
  const rows = await q.all(
    `SELECT email_key AS key, status FROM subscribers WHERE email_key ${among.sql}`,
    among.params,
  );
  for (const row of rows) {
    const r = parseRow(statusRow, row);
    statuses.set(r.key, r.status);
  }
  return statuses;
}

export type ImportedSubscriber = {
  email: string;
  topics: string[];
  // Daily when the list has no rhythm.
  frequency?: Frequency;
  // Confirmed: the list's consent date; pending: the import time (the 30-day purge counts from it).
  status: "confirmed" | "pending";
  consentAt: number;
  consentSource: string;
  consentVersion: string;
  // Pending rows whose confirmation mail is queued in the same transaction.
  mailed: boolean;
};

const COLUMNS = 15;
const COLUMN_INDEXES = Array.from({ length: COLUMNS }, (_, i) => i);

// Inserts the rows whose mailbox (in any letter case) has none yet, in one statement; gives the
// new rows' ids and token versions by address (as given).
export async function insertImportedSubscribers(
  q: Queryable,
  rows: readonly ImportedSubscriber[],
  now: number,
) {
  if (rows.length === 0) return new Map<string, { id: number; tokenVersion: number }>();
  const columns = rows.map((r) => [
    r.email,
    addressIdentity(r.email),
    r.status,
    r.topics.join(),
    r.frequency ?? "daily",
    r.consentAt,
    r.consentSource,
    r.consentVersion,
    r.topics.join(),
    r.status === "confirmed" ? now : null,
    r.mailed ? now : null,
    now,
    now,
    now,
    newTokenVersion(),
  ]);
  const insert = `INSERT INTO subscribers (email, email_key, status, topics, frequency,
       consent_at, consent_source, consent_version, consent_topics, confirmed_at, last_mail_at,
       imported_at, created_at, updated_at, token_version)`;
  const onConflict = `ON CONFLICT (email_key) DO NOTHING RETURNING id, email, token_version`;
  // PostgreSQL: one array per column rather than a parameter per column and row to parse.
  const inserted =
    q.dialect === "postgres"
      ? await q.all(
          `${insert} SELECT * FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::bigint[],
             ?::text[], ?::text[], ?::text[], ?::bigint[], ?::bigint[], ?::bigint[],
             ?::bigint[], ?::bigint[], ?::int[]) ${onConflict}`,
          COLUMN_INDEXES.map((i) => columns.map((c) => c[i])),
        )
      : await q.all(
          `${insert} VALUES ${rows.map(() => `(${placeholders(COLUMNS)})`).join(", ")} ${onConflict}`,
          columns.flat(),
        );
  const added = new Map(
    inserted.map((row) => {
      const r = parseRow(insertedRow, row);
      return [r.email, { id: r.id, tokenVersion: r.token_version }];
    }),
  );
  // The list's history (list-events.ts), in the caller's transaction: readers whose consent
  // the list held join at once; pending ones are sign-ups still to confirm.
  const confirmed = rows.filter((r) => r.status === "confirmed" && added.has(r.email)).length;
  await recordListEvent(q, "import", now, confirmed);
  await recordListEvent(q, "signup", now, added.size - confirmed);
  return added;
}

// Gives how many subscribers are in each status.
export async function countSubscribersByStatus(q: Queryable) {
  const rows = await q.all(`SELECT status, COUNT(*) AS n FROM subscribers GROUP BY status`);
  const counts = { pending: 0, confirmed: 0, unsubscribed: 0 };
  for (const row of rows) {
    const r = parseRow(statusCount, row);
    counts[r.status] = r.n;
  }
  return counts;
}

// Lets PostgreSQL's planner see a table that grew fast (a large import): without fresh
// statistics it goes on treating it as small and scans it whole for every look-up.
export async function refreshPlannerStatistics(q: Queryable) {
  if (q.dialect === "postgres") await q.run(`ANALYZE subscribers`);
}

// Gives where a subscriber's consent came from ("form", or what an imported list said) and
// when the row was imported (null: signed up here), or undefined for an unknown mailbox.
export async function findConsentOrigin(q: Queryable, email: string) {
  const row = await q.get(
    `SELECT consent_source, imported_at FROM subscribers WHERE email_key = ?`,
    [addressIdentity(email)],
  );
  return row && parseRow(consentOriginRow, row);
}
