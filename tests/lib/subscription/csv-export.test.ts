import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { confirmSubscriber, insertPendingSubscriber, type Db } from "@/lib/db";
import { parseCsv } from "@/lib/subscription/csv-format";
import { exportSubscriberCsv } from "@/lib/subscription/csv-export";
import { importSubscriberCsv } from "@/lib/subscription/csv-import";
import { DIALECTS, type TestDatabase } from "../../helpers/databases";

const NOW = Date.UTC(2026, 10, 30, 9, 0);

async function exportAll(db: Db) {
  let text = "";
  for await (const line of exportSubscriberCsv(db)) text += line;
  return text;
}

const deps = (db: Db) => ({
  db,
  clock: () => NOW,
  siteUrl: "https://uutiskirje.example",
  siteName: "Juridiikan ja talouden uutiskirje",
  tokenSecret: "export-test-secret-0123456789abcdefghij",
  log: { info: () => undefined, warn: () => undefined, error: console.error },
});

describe.each(DIALECTS)("CSV export on $name", ({ open, skip }) => {
  let t: TestDatabase;
  let other: TestDatabase;
  beforeEach(async () => {
    if (!skip) [t, other] = await Promise.all([open(), open()]);
  });
  afterEach(async () => {
    if (!skip) await Promise.all([t.dispose(), other.dispose()]);
  });

  it.skipIf(skip)(
    "lists confirmed subscribers with their consent and rhythm, and no one else",
    async () => {
      const id = (await insertPendingSubscriber(t.db, {
        email: "vahvistettu@esimerkki.fi",
        topics: ["talous", "juridiikka"],
        frequency: "weekly",
        consentVersion: "2026-11-28",
        now: NOW,
      }))!;
      await confirmSubscriber(t.db, id, NOW + 1000);
      await insertPendingSubscriber(t.db, {
        email: "odottaa@esimerkki.fi",
        topics: ["talous"],
        consentVersion: "2026-11-28",
        now: NOW,
      });
      const text = await exportAll(t.db);
      expect(text).toBe(
        "email,topics,frequency,consent_at,consent_source,consent_version\r\n" +
          "vahvistettu@esimerkki.fi,talous;juridiikka,weekly,2026-11-30T09:00:00.000Z,form,2026-11-28\r\n",
      );
      expect(text).not.toMatch(/token/i);
    },
  );

  it.skipIf(skip)(
    "neutralises cells a spreadsheet would run, and imports them back unchanged",
    async () => {
      const csv = [
        "email,topics,consent_at,consent_source,consent_version",
        '-miinus@esimerkki.fi,talous,2025-01-01,"=HYPERLINK(""http://evil.example"")",+1',
        "=yhtakuin@esimerkki.fi,verotus,2025-01-01T08:00:00+02:00,@SUM(A1),v1",
        "",
      ].join("\r\n");
      await importSubscriberCsv(csv, deps(t.db), { sendConfirmations: false });
      const text = await exportAll(t.db);
      const cells = [...parseCsv(text)].flatMap((r) => ("fields" in r ? r.fields : []));
      expect(cells.filter((c) => /^[=+\-@\t\r]/.test(c))).toEqual([]);
      expect(text).toContain(
        `'-miinus@esimerkki.fi,talous,daily,2025-01-01T00:00:00.000Z,"'=HYPERLINK(""http://evil.example"")",'+1`,
      );
      expect(text).toContain(
        "'=yhtakuin@esimerkki.fi,verotus,daily,2025-01-01T06:00:00.000Z,'@SUM(A1),v1",
      );

      // Moved to another installation, the list arrives as it left.
      const report = await importSubscriberCsv(text, deps(other.db), { sendConfirmations: false });
      expect(report).toMatchObject({ confirmed: 2, errors: [] });
      expect(await exportAll(other.db)).toBe(text);
    },
  );
});
