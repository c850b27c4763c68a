import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { z } from "zod";
import {
  countQueuedMail,
  countSubscribersByStatus,
  findSubscriberByEmail,
  insertPendingSubscriber,
  recordHardBounce,
  unsubscribeSubscriber,
  type Db,
} from "@/lib/db";
import { importSubscriberCsv } from "@/lib/subscription/csv-import";
import type { NewsletterDeps } from "@/lib/subscription/deps";
import { eraseSubscriberData } from "@/lib/subscription/privacy";
import { DIALECTS, type TestDatabase } from "../../helpers/databases";
import { tempJournal } from "@/tests/helpers/erasure-journal";

const NOW = Date.UTC(2026, 10, 30, 9, 0);
const HEADER = "email,topics,consent_at,consent_source,notes";

// Every row of the table, so that "changes nothing" compares all of it.
const snapshot = (db: Db) =>
  db.all(`SELECT * FROM subscribers ORDER BY email`).then((rows) => JSON.stringify(rows));

function depsFor(db: Db): NewsletterDeps {
  return {
    db,
    clock: () => NOW,
    siteUrl: "https://uutiskirje.example",
    siteName: "Juridiikan ja talouden uutiskirje",
    tokenSecret: "import-test-secret-0123456789abcdefghij",
    log: { info: () => undefined, warn: () => undefined, error: console.error },
  };
}

// A list from "another service", written the way hostile or careless exports are.
const HOSTILE = [
  "\uFEFF" + HEADER,
  'anna@esimerkki.fi,talous;verotus,2025-03-01T10:00:00Z,"Ghost, form ""A""","line one\r\nline two"',
  "BERTTA@Esimerkki.FI , juridiikka ,2025-04-02,,",
  'cecilia@esimerkki.fi,verotus,,,"=HYPERLINK(""http://evil.example"",""klikkaa"")"',
  '=HYPERLINK("http://evil.example"),talous,2025-01-01,,',
  '"=HYPERLINK(""http://evil.example"")",talous,2025-01-01,,',
  "daniel@esimerkki.fi,urheilu,2025-01-01,,",
  "eero@esimerkki.fi,,2025-01-01,,",
  "fanni@esimerkki.fi,talous,tomorrow,,",
  "gabriel@esimerkki.fi,talous,2099-01-01,,",
  '"heikki@esimerkki.fi, ville@esimerkki.fi",talous,,,',
  "ilona@esimerkki.fi,talous",
  "anna@esimerkki.fi,juridiikka,,,duplicate",
  "",
].join("\r\n");

describe.each(DIALECTS)("CSV import on $name", ({ open, skip }) => {
  let t: TestDatabase;
  beforeEach(async () => {
    if (!skip) t = await open();
  });
  afterEach(async () => {
    if (!skip) await t.dispose();
  });

  it.skipIf(skip)(
    "stores only the valid rows of a hostile file and says why the others failed",
    async () => {
      const report = await importSubscriberCsv(HOSTILE, depsFor(t.db), {
        sendConfirmations: false,
      });
      expect(report).toMatchObject({ confirmed: 2, pending: 1, mailed: 0, unchanged: 0 });
      expect(report.ignoredColumns).toEqual(["notes"]);
      expect(report.duplicates).toEqual([{ line: 14, message: "same address as line 2" }]);
      expect(report.errors.map((e) => e.line)).toEqual([6, 7, 8, 9, 10, 11, 12, 13]);
      const why = (line: number) => report.errors.find((e) => e.line === line)!.message;
      expect(why(6)).toMatch(/quote inside an unquoted field/);
      expect(why(7)).toMatch(/^email: Kirjoita sähköpostiosoite muodossa/);
      expect(why(8)).toMatch(/^topics: Tuntematon aihe/);
      expect(why(9)).toMatch(/^topics: Valitse vähintään yksi aihe/);
      expect(why(10)).toMatch(/not an ISO 8601 date/);
      expect(why(11)).toMatch(/in the future/);
      expect(why(12)).toMatch(/^email:/);
      expect(why(13)).toMatch(/expected 5 fields, found 2/);

      expect(await countSubscribersByStatus(t.db)).toEqual({
        confirmed: 2,
        pending: 1,
        unsubscribed: 0,
      });
      const anna = await t.db.get(
        `SELECT status, topics, consent_at, consent_source, consent_version, imported_at
       FROM subscribers WHERE email = 'anna@esimerkki.fi'`,
      );
      expect(anna).toEqual({
        status: "confirmed",
        topics: "talous,verotus",
        consent_at: Date.UTC(2025, 2, 1, 10, 0),
        consent_source: 'Ghost, form "A"',
        consent_version: "imported",
        imported_at: NOW,
      });
      // Normalised exactly as the sign-up form does it.
      expect((await findSubscriberByEmail(t.db, "BERTTA@esimerkki.fi"))?.status).toBe("confirmed");
      const cecilia = await findSubscriberByEmail(t.db, "cecilia@esimerkki.fi");
      expect(cecilia).toMatchObject({ status: "pending", lastMailAt: null });
      expect(await countQueuedMail(t.db)).toBe(0); // nobody without consent was mailed
    },
  );

  it.skipIf(skip)("changes nothing when the same file is imported again", async () => {
    await importSubscriberCsv(HOSTILE, depsFor(t.db), { sendConfirmations: true });
    const before = await snapshot(t.db);
    const mails = await countQueuedMail(t.db);
    const again = await importSubscriberCsv(HOSTILE, depsFor(t.db), { sendConfirmations: true });
    expect(again).toMatchObject({ confirmed: 0, pending: 0, mailed: 0, unchanged: 3 });
    expect(await snapshot(t.db)).toBe(before);
    expect(await countQueuedMail(t.db)).toBe(mails);
  });

  it.skipIf(skip)(
    "queues the confirmation mail of rows without consent only when asked",
    async () => {
      const csv = "email,topics\r\nuusi@esimerkki.fi,juridiikka\r\n";
      const report = await importSubscriberCsv(csv, depsFor(t.db), { sendConfirmations: true });
      expect(report).toMatchObject({ pending: 1, mailed: 1 });
      // The one mail queued: the confirmation.
      const [mail] = z
        .tuple([z.object({ recipient: z.string(), message: z.string() })])
        .parse(await t.db.all(`SELECT * FROM outbox`));
      expect(mail.recipient).toBe("uusi@esimerkki.fi");
      expect(JSON.parse(mail.message).text).toContain(
        "https://uutiskirje.example/uutiskirje/vahvista?token=",
      );
      const subscriber = (await findSubscriberByEmail(t.db, "uusi@esimerkki.fi"))!;
      expect(subscriber.lastMailAt).toBe(NOW);
      // Names the subscriber, so that a bounce of it removes the pending sign-up (VERP).
      expect(JSON.parse(mail.message).subscriberId).toBe(subscriber.id);
    },
  );

  it.skipIf(skip)(
    "never subscribes again an address that left, was erased or hard-bounced",
    async () => {
      const left = (await insertPendingSubscriber(t.db, {
        email: "lahtenyt@esimerkki.fi",
        topics: ["talous"],
        consentVersion: "v",
        now: NOW - 1000,
      }))!;
      await unsubscribeSubscriber(t.db, left, NOW - 500);
      await insertPendingSubscriber(t.db, {
        email: "poistettu@esimerkki.fi",
        topics: ["talous"],
        consentVersion: "v",
        now: NOW - 1000,
      });
      await eraseSubscriberData(t.db, "poistettu@esimerkki.fi", {
        journal: tempJournal(),
        now: NOW - 400,
      });
      await recordHardBounce(t.db, {
        key: "dsn-1:kuollut@esimerkki.fi",
        email: "kuollut@esimerkki.fi",
        at: NOW - 300,
        source: "dsn",
        statusCode: "5.1.1",
        diagnostic: "550 5.1.1 user unknown",
        issueDate: null,
      });
      const csv = [
        "email,topics,consent_at",
        "lahtenyt@esimerkki.fi,talous,2025-01-01",
        "Kuollut@esimerkki.fi,verotus,2025-01-01",
        "Poistettu@ESIMERKKI.fi,talous,2025-01-01",
        "LAHTENYT@esimerkki.fi,talous,",
        "",
      ].join("\n");
      const report = await importSubscriberCsv(csv, depsFor(t.db), { sendConfirmations: true });
      expect(report.refused).toEqual({ unsubscribed: 1, erased: 1, bounced: 1 });
      // One mailbox in two letter cases is one person: the second row is a duplicate.
      expect(report.duplicates).toEqual([{ line: 5, message: "same address as line 2" }]);
      expect(await findSubscriberByEmail(t.db, "Kuollut@esimerkki.fi")).toBeUndefined();
      expect((await findSubscriberByEmail(t.db, "LAHTENYT@esimerkki.fi"))!).toMatchObject({
        email: "lahtenyt@esimerkki.fi",
        status: "unsubscribed",
      });
      expect(await findSubscriberByEmail(t.db, "poistettu@esimerkki.fi")).toBeUndefined();
      expect(await countQueuedMail(t.db)).toBe(0);
    },
  );

  it.skipIf(skip)(
    "imports a 10 000-row file with bad rows mixed in, once",
    async () => {
      const lines = [HEADER];
      for (let i = 0; i < 10_000; i++) {
        if (i % 10 === 3) lines.push(`rikki-${i}@@esimerkki.fi,talous,,,`);
        else if (i % 10 === 7)
          lines.push(`"lainaus-${i}@esimerkki.fi,talous,,,`.replace('"', '"x",'));
        else
          lines.push(
            `lukija-${i}@esimerkki.fi,talous;juridiikka,${i % 2 ? "2025-06-01" : ""},lista,"a,\r\nb"`,
          );
      }
      const csv = lines.join("\r\n") + "\r\n";
      const first = await importSubscriberCsv(csv, depsFor(t.db), { sendConfirmations: false });
      expect(first.confirmed + first.pending).toBe(8000);
      expect(first.errors).toHaveLength(2000);
      // Line numbers count the two lines each quoted "a,\r\nb" field spans.
      expect(first.errors[0]!.line).toBe(8);
      const before = await snapshot(t.db);
      const second = await importSubscriberCsv(csv, depsFor(t.db), { sendConfirmations: false });
      expect(second).toMatchObject({ confirmed: 0, pending: 0, unchanged: 8000 });
      expect(await snapshot(t.db)).toBe(before);
    },
    120_000,
  );

  it.skipIf(skip)(
    "refuses a file whose header lacks a required column, storing nothing",
    async () => {
      await expect(
        importSubscriberCsv("sahkoposti,topics\r\na@esimerkki.fi,talous\r\n", depsFor(t.db), {
          sendConfirmations: false,
        }),
      ).rejects.toThrow(/no "email" column/);
      expect(await countSubscribersByStatus(t.db)).toEqual({
        confirmed: 0,
        pending: 0,
        unsubscribed: 0,
      });
    },
  );
  it.skipIf(skip)(
    "imports each row's rhythm, takes an empty or missing one as daily and refuses an unknown one",
    async () => {
      const csv = [
        "email,topics,frequency,consent_at",
        "viikko@esimerkki.fi,talous,weekly,2025-01-01",
        "paiva@esimerkki.fi,talous,daily,2025-01-01",
        "tyhja@esimerkki.fi,talous,,2025-01-01",
        "kuukausi@esimerkki.fi,talous,monthly,2025-01-01",
        "",
      ].join("\r\n");
      const report = await importSubscriberCsv(csv, depsFor(t.db), { sendConfirmations: false });
      expect(report.confirmed).toBe(3);
      expect(report.errors).toEqual([
        { line: 5, message: 'frequency: expected daily or weekly, got "monthly"' },
      ]);
      const rhythm = async (email: string) => (await findSubscriberByEmail(t.db, email))?.frequency;
      expect(await rhythm("viikko@esimerkki.fi")).toBe("weekly");
      expect(await rhythm("paiva@esimerkki.fi")).toBe("daily");
      expect(await rhythm("tyhja@esimerkki.fi")).toBe("daily");
      // A list without the column at all (HEADER) is read as daily too.
      await importSubscriberCsv(
        `${HEADER}\r\nvanha@esimerkki.fi,verotus,2025-01-01,,\r\n`,
        depsFor(t.db),
        {
          sendConfirmations: false,
        },
      );
      expect(await rhythm("vanha@esimerkki.fi")).toBe("daily");
    },
  );
});
