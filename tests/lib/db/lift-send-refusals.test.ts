import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  findSuppression,
  listBounceEvents,
  listSuppressionLifts,
  migrate,
  MIGRATIONS,
  type Db,
} from "@/lib/db";
import { DIALECTS, type TestDatabase } from "@/tests/helpers/databases";
import { NOW } from "@/tests/helpers/issue-send";

const DAY = "2023-10-02";
const AT = Date.parse("2023-10-02T04:00:10Z");
const BEFORE = MIGRATIONS.filter((m) => m.id < "0410");

// A confirmed reader as the schema before this migration holds one (written by hand: today's
// code writes columns that later migrations add).
async function addConfirmedSubscriber(db: Db, email: string, topics: string[]) {
  const row = await db.get(
    `INSERT INTO subscribers (email, status, topics, consent_at, consent_version, consent_topics,
       confirmed_at, created_at, updated_at)
     VALUES (?, 'confirmed', ?, ?, 'testi', ?, ?, ?, ?) RETURNING id`,
    [email, topics.join(), NOW, topics.join(), NOW, NOW, NOW],
  );
  return Number(row!.id);
}

// What the old classifiers stored for a refusal while sending the issue: the send log row
// failed, and a hard bounce from source 'smtp' with nodemailer's message as the diagnostic.
async function oldRefusal(db: Db, id: number, email: string, message: string, status: string) {
  await db.run(
    `INSERT INTO issue_sends (issue_date, subscriber_id, status, last_error, sent_at)
     VALUES (?, ?, 'failed', ?, NULL)`,
    [DAY, id, message],
  );
  await db.run(
    `INSERT INTO bounce_events (event_key, email, occurred_at, kind, source, status_code,
       diagnostic, issue_date) VALUES (?, ?, ?, 'hard', 'smtp', ?, ?, ?)`,
    [`smtp:i${DAY}:${id}`, email, AT, status, message.slice(0, 200), DAY],
  );
  await db.run(
    `INSERT INTO suppressions (email, reason, since, until, status_code)
     VALUES (?, 'hard-bounce', ?, NULL, ?)`,
    [email, AT, status],
  );
}

describe.each(DIALECTS)("migration 0410 (lift send-time refusals) on $name", ({ open, skip }) => {
  let t: TestDatabase;
  beforeEach(async () => {
    if (!skip) t = await open(BEFORE);
  });
  afterEach(async () => {
    if (!skip) await t.dispose();
  });

  it.skipIf(skip)(
    "lifts the suppressions a refused login, sender or quota left, keeps real hard bounces, and says how many",
    async () => {
      const { db } = t;
      const login = "Invalid login: 535 5.7.8 Authentication credentials invalid";
      const readers = ["a", "b", "c", "d"].map((x) => `lukija-${x}@example.fi`);
      for (const email of readers) {
        const id = await addConfirmedSubscriber(db, email, ["verotus"]);
        await oldRefusal(db, id, email, login, "5.7.8");
      }
      const quota = await addConfirmedSubscriber(db, "kiintio@example.fi", ["verotus"]);
      await oldRefusal(
        db,
        quota,
        "kiintio@example.fi",
        "Can't send mail - all recipients were rejected: 550 5.4.5 Daily user sending quota exceeded",
        "5.4.5",
      );
      const gone = await addConfirmedSubscriber(db, "olematon@example.fi", ["verotus"]);
      await oldRefusal(
        db,
        gone,
        "olematon@example.fi",
        "Can't send mail - all recipients were rejected: 550 5.1.1 <o***@example.fi>: User unknown",
        "5.1.1",
      );
      const lines: string[] = [];
      await migrate(db, MIGRATIONS, { onReport: (_id, line) => lines.push(line) });

      expect(lines[0]).toMatch(/^lifted 5 suppressions recorded from send-time refusals/);
      expect(lines).toContain(
        `5 mails of the issue of ${DAY} refused that way are pending again: npm run newsletter -- send --date ${DAY} sends them`,
      );
      for (const email of [...readers, "kiintio@example.fi"])
        expect(await findSuppression(db, email, AT + 1), email).toBeNull();
      expect(await findSuppression(db, "olematon@example.fi", AT + 1)).toMatchObject({
        reason: "hard-bounce",
      });
      expect(await listBounceEvents(db, readers[0]!)).toEqual([
        expect.objectContaining({ kind: "policy", source: "smtp", statusCode: "5.7.8" }),
      ]);
      expect(await listSuppressionLifts(db, readers[0]!)).toEqual([
        expect.objectContaining({
          by: "repair",
          was: "hard-bounce",
          reason: expect.stringContaining("refused our login"),
        }),
      ]);
      const log = await db.all(
        `SELECT status, COUNT(*) AS n FROM issue_sends GROUP BY status ORDER BY status`,
      );
      expect(log).toEqual([
        { status: "failed", n: 1 },
        { status: "pending", n: 5 },
      ]);
    },
  );

  it.skipIf(skip)("keeps a suppression that a DSN confirmed as well", async () => {
    const { db } = t;
    const email = "molemmat@example.fi";
    const id = await addConfirmedSubscriber(db, email, ["verotus"]);
    await oldRefusal(db, id, email, "Mail command failed: 553 5.7.1 Sender rejected", "5.7.1");
    await db.run(
      `INSERT INTO bounce_events (event_key, email, occurred_at, kind, source, status_code,
         diagnostic, issue_date) VALUES (?, ?, ?, 'hard', 'dsn', '5.1.1', ?, ?)`,
      [`dsn:x:${email}`, email, AT, "smtp; 550 5.1.1 user unknown", DAY],
    );
    const lines: string[] = [];
    await migrate(db, MIGRATIONS, { onReport: (_id, line) => lines.push(line) });
    expect(lines[0]).toMatch(/^lifted 0 suppressions/);
    expect(await findSuppression(db, email, AT + 1)).toMatchObject({ reason: "hard-bounce" });
  });
});
