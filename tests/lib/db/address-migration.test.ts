import { afterEach, describe, expect, it } from "vitest";
import { insertPendingSubscriber, migrate, MIGRATIONS, type Db } from "@/lib/db";
import { confirmSubscription, loadManageView } from "@/lib/subscription/manage";
import { signToken } from "@/lib/subscription/tokens";
import { DIALECTS, type TestDatabase } from "../../helpers/databases";

const BEFORE_IDENTITY = MIGRATIONS.filter((m) => m.id < "0500");
const DAY = 24 * 60 * 60_000;
const T = Date.UTC(2026, 0, 1);
const SECRET = "migration-test-secret-0123456789abcdef";

type Row = [string, string, string, number, number | null, number | null];

// Rows as issue 19 found them (domains lower-cased, as the form always stored them): one
// mailbox in three letter cases, another in two.
const ROWS: Row[] = [
  // email, status, topics, consent_at, confirmed_at, last_mail_at
  ["Anna.Virtanen@yritys.fi", "confirmed", "talous", T, T + 1, T + 10 * DAY],
  ["anna.virtanen@yritys.fi", "confirmed", "juridiikka", T + DAY, T + DAY, T + 20 * DAY],
  ["ANNA.VIRTANEN@yritys.fi", "pending", "verotus", T + 2 * DAY, null, T + 30 * DAY],
  ["Pekka@yritys.fi", "pending", "talous", T, null, T],
  ["pekka@yritys.fi", "confirmed", "verotus", T + DAY, T + DAY, T + DAY],
  ["yksin@yritys.fi", "confirmed", "talous", T, T, T],
];

async function seed(db: Db) {
  for (const [email, status, topics, at, confirmedAt, mailAt] of ROWS) {
    await db.run(
      `INSERT INTO subscribers (email, status, topics, consent_at, consent_version, consent_topics,
         confirmed_at, last_mail_at, created_at, updated_at) VALUES (?, ?, ?, ?, 'v', ?, ?, ?, ?, ?)`,
      [email, status, topics, at, topics, confirmedAt, mailAt, at, at],
    );
  }
  // Both confirmed spellings of Anna got the issue of 5 January: two letters, one mailbox.
  await db.run(`INSERT INTO issue_sends (issue_date, subscriber_id, status) VALUES
    ('2026-01-05', 1, 'sent'), ('2026-01-05', 2, 'sent'), ('2026-01-05', 5, 'sent')`);
  for (const to of ["Anna.Virtanen@yritys.fi", "ANNA.VIRTANEN@yritys.fi", "yksin@yritys.fi"])
    await db.run(
      `INSERT INTO outbox (recipient, message, created_at, next_attempt_at) VALUES (?, '{}', 0, 0)`,
      [to],
    );
  await db.run(`INSERT INTO sent_mail (ref, subscriber_id, sent_at) VALUES ('o9', 3, ?)`, [T]);
}

const deps = (db: Db) => ({
  db,
  clock: () => T + 40 * DAY,
  siteUrl: "https://uutiskirje.example",
  siteName: "Uutiskirje",
  tokenSecret: SECRET,
  log: { info: () => undefined, warn: () => undefined, error: () => undefined },
});
// A link mailed before the migration: no version in it.
const oldLink = (purpose: "confirm" | "manage", id: number) =>
  signToken(SECRET, { purpose, subject: String(id), expiresAt: T + 400 * DAY });

describe.each(DIALECTS)("migration 0500 (one record per mailbox) on $name", ({ open, skip }) => {
  let t: TestDatabase;
  afterEach(async () => {
    if (!skip) await t.dispose();
  });

  it.skipIf(skip)(
    "merges the rows of each mailbox into one (send log, queued mail and all) and says what it merged",
    async () => {
      t = await open(BEFORE_IDENTITY);
      await seed(t.db);
      const report: string[] = [];
      await migrate(t.db, MIGRATIONS, { onReport: (id, line) => report.push(`${id}: ${line}`) });
      expect(report.filter((line) => line.startsWith("0500-"))).toEqual([
        "0500-address-identity: 6 subscribers before, 3 after: 2 mailboxes had rows in more than one letter case, 3 rows merged into theirs",
        "0500-address-identity: A***@yritys.fi: kept #1 (confirmed), merged #2 (confirmed), #3 (pending)",
        "0500-address-identity: p***@yritys.fi: kept #5 (confirmed), merged #4 (pending)",
      ]);
      const rows = await t.db.all(
        `SELECT id, email, email_key, status, topics, consent_at, last_mail_at
         FROM subscribers ORDER BY id`,
      );
      expect(rows).toEqual([
        {
          id: 1,
          email: "Anna.Virtanen@yritys.fi",
          email_key: "anna.virtanen@yritys.fi",
          status: "confirmed",
          topics: "talous,juridiikka",
          consent_at: T,
          last_mail_at: T + 30 * DAY,
        },
        expect.objectContaining({ id: 5, email_key: "pekka@yritys.fi", topics: "verotus" }),
        expect.objectContaining({ id: 6, email_key: "yksin@yritys.fi" }),
      ]);
      expect(await t.db.all(`SELECT subscriber_id FROM issue_sends ORDER BY 1`)).toEqual([
        { subscriber_id: 1 },
        { subscriber_id: 5 },
      ]);
      expect(await t.db.all(`SELECT recipient FROM outbox ORDER BY id`)).toEqual([
        { recipient: "Anna.Virtanen@yritys.fi" },
        { recipient: "yksin@yritys.fi" },
      ]);
      expect(await t.db.all(`SELECT ref FROM sent_mail`)).toEqual([]);
    },
  );

  it.skipIf(skip)(
    "stops the links of merged rows and keeps those of the row that stays",
    async () => {
      t = await open(BEFORE_IDENTITY);
      await seed(t.db);
      await migrate(t.db);
      expect(await confirmSubscription(oldLink("confirm", 3), deps(t.db))).toEqual({
        kind: "gone",
      });
      expect(await loadManageView(oldLink("manage", 2), deps(t.db))).toEqual({ kind: "gone" });
      expect(await loadManageView(oldLink("manage", 1), deps(t.db))).toMatchObject({
        kind: "ok",
        email: "Anna.Virtanen@yritys.fi",
        status: "confirmed",
      });
    },
  );

  it.skipIf(skip)(
    "refuses a second row for a mailbox in any letter case from then on",
    async () => {
      t = await open();
      const signup = { topics: ["talous"], consentVersion: "v", now: T };
      expect(await insertPendingSubscriber(t.db, { ...signup, email: "Liisa@yritys.fi" })).toEqual(
        expect.any(Number),
      );
      expect(
        await insertPendingSubscriber(t.db, { ...signup, email: "LIISA@Yritys.fi" }),
      ).toBeNull();
      await expect(
        t.db.run(
          `INSERT INTO subscribers (email, email_key, status, topics, consent_at, consent_version,
           consent_topics, created_at, updated_at)
         VALUES ('liisa@yritys.fi', 'liisa@yritys.fi', 'pending', '', 0, 'v', '', 0, 0)`,
        ),
      ).rejects.toThrow(/unique/i);
    },
  );

  it.skipIf(skip)("reports that nothing needed merging on a clean list", async () => {
    t = await open(BEFORE_IDENTITY);
    await t.db.run(`DELETE FROM subscribers`);
    const report: string[] = [];
    await migrate(t.db, MIGRATIONS, { onReport: (_, line) => report.push(line) });
    expect(report).toEqual(["0 subscribers; no mailbox had more than one row, nothing merged"]);
  });
});
