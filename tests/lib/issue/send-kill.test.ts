import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { countIssueSends, migrate, openDatabase } from "@/lib/db";
import { postgresAvailable, TEST_DATABASE_URL } from "@/tests/helpers/databases";
import { addConfirmedSubscriber, TOKEN_SECRET } from "@/tests/helpers/issue-send";
import { startLiveSite } from "@/tests/helpers/live-site";
import { runNewsletter, startNewsletter } from "@/tests/helpers/newsletter-cli";
import { startSmtpServer } from "@/tests/helpers/smtp";

const DAY = "2023-10-02";
const SEED_PATH =
  "/uutiset/2023/rikoksentorjuntakilpailun-voitti-rikosuhripaivystyksen-ihmiskaupan-uhrien-erityistukipalvelu";
const N = 40;
const CONCURRENCY = 4;
const READERS = Array.from({ length: N }, (_, i) => `lukija${i}@example.fi`);

// A database the sender processes reach by DATABASE_URL: a SQLite file, or a schema of its
// own on the test PostgreSQL server (search_path in the URL, as crash.spec.ts does).
async function database(dialect: "SQLite" | "PostgreSQL") {
  if (dialect === "SQLite") {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "send-kill-"));
    const url = `file:${path.join(dir, "site.db")}`;
    return {
      url,
      db: openDatabase({ url }),
      drop: async () => fs.rmSync(dir, { recursive: true }),
    };
  }
  const schema = `kill_${randomBytes(5).toString("hex")}`;
  const admin = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
  await admin.end();
  const url = `${TEST_DATABASE_URL}?options=${encodeURIComponent(`-c search_path=${schema}`)}`;
  return {
    url,
    db: openDatabase({ url: TEST_DATABASE_URL, schema }),
    async drop() {
      const c = new pg.Client({ connectionString: TEST_DATABASE_URL });
      await c.connect();
      await c.query(`DROP SCHEMA ${schema} CASCADE`);
      await c.end();
    },
  };
}

// kill -9 mid-send (an out-of-memory kill, a restart at 07:00) and a rerun at once: the rerun
// sends what the dead run held once its claims run out (a minute at most), and only the mails
// in flight at the kill can arrive twice, with the same Message-ID.
describe.concurrent("a send killed with kill -9 mid-way and run again at once", () => {
  it.for(["SQLite", "PostgreSQL"] as const)(
    "%s: every reader has the issue within 2 minutes of the kill, only mails in flight twice",
    { timeout: 180_000 },
    async (dialect, { skip }) => {
      if (dialect === "PostgreSQL" && !postgresAvailable) skip();
      const { url, db, drop } = await database(dialect);
      const site = await startLiveSite([SEED_PATH, `/uutiskirje/arkisto/${DAY}`]);
      const smtp = await startSmtpServer();
      try {
        await migrate(db);
        for (const email of READERS) await addConfirmedSubscriber(db, email, ["juridiikka"]);
        const env = {
          DATABASE_URL: url,
          SMTP_URL: smtp.url,
          SITE_URL: site.origin,
          TOKEN_SECRET,
          MAIL_FROM: "Uutiskirje <uutiskirje@uutiskirje.example>",
          NEWSLETTER_LINK_WAIT_SECONDS: "0",
          NEWSLETTER_SEND_RATE: "0",
          NEWSLETTER_SEND_CONCURRENCY: String(CONCURRENCY),
        };
        // A relay slow enough that the kill lands mid-way.
        smtp.setStall(150);
        const first = startNewsletter(["send", "--date", DAY], env);
        while (smtp.received.length < 10) await new Promise((r) => setTimeout(r, 20));
        first.child.kill("SIGKILL");
        const killedAt = Date.now();
        expect((await first.done).signal).toBe("SIGKILL");
        smtp.setStall(0);

        const rerun = await runNewsletter(["send", "--date", DAY], env);
        const doneAfter = Date.now() - killedAt;
        expect(rerun.status).toBe(0);
        expect(doneAfter).toBeLessThan(120_000);
        expect(await countIssueSends(db, DAY)).toMatchObject({ sent: N, pending: 0, sending: 0 });
        const copies = new Map<string, string[]>();
        for (const m of smtp.received)
          copies.set(m.to[0]!, [...(copies.get(m.to[0]!) ?? []), m.headers.get("message-id")!]);
        expect([...copies.keys()].sort()).toEqual([...READERS].sort());
        const twice = [...copies.values()].filter((ids) => ids.length > 1);
        expect(twice.length).toBeLessThanOrEqual(CONCURRENCY);
        for (const ids of twice) expect(new Set(ids).size).toBe(1);
      } finally {
        await smtp.close();
        await site.close();
        await db.close();
        await drop();
      }
    },
  );
});
