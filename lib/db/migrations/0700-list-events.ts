import type { Queryable } from "../types";
import type { Migration } from "./types";

// The list's history (lib/db/list-events.ts): kind, time and count of each change, without
// anyone's identity. Seeded from the rows as they are, which undercounts the weeks before this
// migration (erased and purged rows, consents overwritten by later sign-ups); from here on
// every change writes its own row.
const table = (int: string, serial: string) => [
  `CREATE TABLE list_events (
      id ${serial},
      kind TEXT NOT NULL CHECK (kind IN
        ('signup', 'confirm', 'import', 'unsubscribe', 'complaint', 'hard-bounce', 'erasure')),
      at ${int} NOT NULL,
      n INTEGER NOT NULL DEFAULT 1
    )`,
  `CREATE INDEX list_events_at ON list_events (at, kind)`,
];

const complained = `EXISTS (SELECT 1 FROM bounce_events b
  WHERE b.email = subscribers.email_key AND b.kind = 'complaint')`;
const left = `status = 'unsubscribed' AND confirmed_at IS NOT NULL`;
const SEEDS: [kind: string, at: string, where: string][] = [
  ["signup", "consent_at", "imported_at IS NULL OR status = 'pending'"],
  ["import", "imported_at", "imported_at IS NOT NULL AND status <> 'pending'"],
  ["confirm", "confirmed_at", "confirmed_at IS NOT NULL AND imported_at IS NULL"],
  ["unsubscribe", "unsubscribed_at", `${left} AND NOT ${complained}`],
  ["complaint", "unsubscribed_at", `${left} AND ${complained}`],
];

async function seed(tx: Queryable): Promise<string[]> {
  let total = 0;
  for (const [kind, at, where] of SEEDS) {
    total += await tx.run(
      `INSERT INTO list_events (kind, at, n) SELECT '${kind}', ${at}, 1 FROM subscribers
       WHERE ${at} IS NOT NULL AND (${where})`,
    );
  }
  total += await tx.run(
    `INSERT INTO list_events (kind, at, n)
     SELECT 'hard-bounce', b.occurred_at, 1 FROM bounce_events b
     JOIN subscribers s ON s.email_key = b.email AND s.status = 'confirmed'
     WHERE b.kind = 'hard'`,
  );
  return total
    ? [`seeded ${total} list events from the subscribers and bounce events on record`]
    : [];
}

export const listEvents: Migration = {
  id: "0700-list-events",
  sqlite: table("INTEGER", "INTEGER PRIMARY KEY AUTOINCREMENT"),
  postgres: table("BIGINT", "BIGSERIAL PRIMARY KEY"),
  data: seed,
};
