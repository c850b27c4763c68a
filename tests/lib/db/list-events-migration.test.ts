import { afterEach, describe, expect, it } from "vitest";
import { countListEvents, migrate, MIGRATIONS } from "@/lib/db";
import { DIALECTS, type TestDatabase } from "@/tests/helpers/databases";

const BEFORE = MIGRATIONS.filter((m) => m.id < "0700");
const T = Date.parse("2026-11-10T10:00:00Z");
const H = 3_600_000;

// Migration 0700 on a list kept before it: the history starts from what the rows still say.
describe.each(DIALECTS)("migration 0700 (the list's history) on $name", ({ open, skip }) => {
  let t: TestDatabase;
  afterEach(async () => {
    if (!skip) await t.dispose();
  });

  it.skipIf(skip)("seeds one event per change the rows and bounce events still show", async () => {
    t = await open(BEFORE);
    const row = (email: string, status: string, extra: Record<string, number | null>) => {
      const columns = {
        consent_at: T,
        confirmed_at: null,
        unsubscribed_at: null,
        imported_at: null,
        ...extra,
      };
      return t.db.run(
        `INSERT INTO subscribers (email, email_key, status, topics, consent_at, consent_version,
           consent_topics, confirmed_at, unsubscribed_at, imported_at, created_at, updated_at)
         VALUES (?, ?, ?, 'talous', ?, 'v', 'talous', ?, ?, ?, ?, ?)`,
        [
          email,
          email,
          status,
          columns.consent_at,
          columns.confirmed_at,
          columns.unsubscribed_at,
          columns.imported_at,
          T,
          T,
        ],
      );
    };
    await row("odottaa@example.fi", "pending", {});
    await row("lukija@example.fi", "confirmed", { confirmed_at: T + H });
    await row("lahti@example.fi", "unsubscribed", {
      confirmed_at: T + H,
      unsubscribed_at: T + 2 * H,
    });
    await row("valitti@example.fi", "unsubscribed", {
      confirmed_at: T + H,
      unsubscribed_at: T + 3 * H,
    });
    await row("tuotu@example.fi", "confirmed", { confirmed_at: T, imported_at: T + 4 * H });
    await row("pomppasi@example.fi", "confirmed", { confirmed_at: T + H });
    for (const [email, kind] of [
      ["valitti@example.fi", "complaint"],
      ["pomppasi@example.fi", "hard"],
    ])
      await t.db.run(
        `INSERT INTO bounce_events (event_key, email, occurred_at, kind, source)
         VALUES (?, ?, ?, ?, 'dsn')`,
        [`k-${email}`, email, T + 5 * H, kind],
      );
    const report: string[] = [];
    await migrate(t.db, MIGRATIONS, { onReport: (_, line) => report.push(line) });
    expect(report).toEqual([
      "seeded 13 list events from the subscribers and bounce events on record",
    ]);
    expect(await countListEvents(t.db, T, T + 6 * H)).toEqual({
      signup: 5,
      confirm: 4,
      import: 1,
      unsubscribe: 1,
      complaint: 1,
      "hard-bounce": 1,
      erasure: 0,
    });
  });
});
