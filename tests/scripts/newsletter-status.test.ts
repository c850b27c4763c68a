import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { enqueueMail, migrate, MIGRATIONS, openDatabase, type Db } from "@/lib/db";
import { runNewsletter } from "@/tests/helpers/newsletter-cli";

// `npm run newsletter -- status [--json]` as cron and a monitor run it: the same exit status
// either way, and --json one JSON object on stdout.
describe("npm run newsletter -- status", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "status-cli-"));
  const url = `file:${path.join(dir, "site.db")}`;
  let db: Db;
  const status = (...args: string[]) =>
    runNewsletter(["status", ...args], { DATABASE_URL: url, TOKEN_SECRET: "s".repeat(40) });

  beforeAll(async () => {
    // Migrated up to the list's history only: the first status applies 0700 and reports it.
    db = openDatabase({ url });
    await migrate(
      db,
      MIGRATIONS.filter((m) => m.id < "0700"),
    );
    await db.run(
      `INSERT INTO subscribers (email, email_key, status, topics, consent_at, consent_version,
         consent_topics, created_at, updated_at) VALUES ('a@example.fi', 'a@example.fi',
         'pending', 'talous', 1, 'v', 'talous', 1, 1)`,
    );
  });
  afterAll(async () => {
    await db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("prints the health and the weekly growth, and with --json all of it as one object, exit 0", async () => {
    const json = await status("--json");
    expect(json.status).toBe(0);
    const report = JSON.parse(json.stdout);
    expect(json.stderr).toContain("migration 0700-list-events: seeded 1 list events");
    expect(report).toMatchObject({ healthy: true, alerts: [], confirmedByRhythm: { daily: 0 } });
    expect(report.growth).toHaveLength(8);
    const text = await status();
    expect(text.status).toBe(0);
    expect(text.stdout).toContain("List growth by ISO week (Helsinki), last 8 weeks:");
  });

  it("exits 1 in both forms while mail is stuck, the alert in the JSON too", async () => {
    await enqueueMail(db, "jumissa@example.fi", "{}", Date.now() - 60 * 60_000);
    const text = await status();
    expect(text.status).toBe(1);
    expect(text.stdout).toContain("ALERT: mail stuck");
    const json = await status("--json");
    expect(json.status).toBe(1);
    const report = JSON.parse(json.stdout);
    expect(report.healthy).toBe(false);
    expect(report.alerts[0]).toMatch(/^mail stuck/);
  });
});
