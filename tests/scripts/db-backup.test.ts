import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "../..");
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "db-backup-cli-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const withoutDatabaseUrl = Object.fromEntries(
  Object.entries(process.env).filter(([name]) => name !== "DATABASE_URL"),
);

// Runs a command as `npm run …` does, on the SQLite database of a temporary DATA_DIR.
function run(script: string, args: string[], dataDir: string) {
  return spawnSync(
    // The node on PATH, as `npm run` uses: its better-sqlite3 build matches it (the Node 22
    // unit run swaps the addon inside vitest only, see .ci/unit-node22).
    "node",
    ["--import", "tsx", "--conditions=react-server", script, ...args],
    {
      cwd: ROOT,
      env: {
        ...withoutDatabaseUrl,
        NODE_ENV: "test",
        DATA_DIR: dataDir,
        TOKEN_SECRET: "x".repeat(40),
      },
      encoding: "utf8",
    },
  );
}

describe("the operator's round trip on the command line", () => {
  it("imports a list, backs it up, refuses to overwrite, restores into an empty folder and exports the same list", () => {
    const site = path.join(dir, "site");
    const list = path.join(dir, "list.csv");
    fs.writeFileSync(
      list,
      "\uFEFFemail,topics,consent_at,consent_source\r\nanna@esimerkki.fi,talous,2025-01-01,Ghost\r\nbad,talous,,\r\n",
    );
    const imported = run("scripts/subscribers.ts", ["import-csv", list], site);
    expect(imported.status).toBe(1); // one row was bad
    expect(imported.stderr).toContain("line 3: not imported: email:");
    expect(imported.stdout).toContain("Added 1 confirmed");

    const backup = path.join(dir, "site-2026-11-30.db");
    const taken = run("scripts/db-backup.ts", ["backup", backup], site);
    expect(taken.status).toBe(0);
    expect(taken.stdout).toMatch(/subscribers\s+1 rows/);
    expect(taken.stdout).toMatch(/size\s+[\d.]+ MB/);
    expect(run("scripts/db-backup.ts", ["backup", backup], site).status).toBe(1);

    const verified = run("scripts/db-backup.ts", ["verify", backup], site);
    expect(verified.status).toBe(0);
    expect(verified.stdout).toContain("Integrity check passed.");

    const refused = run("scripts/db-backup.ts", ["restore", backup], site);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain("holds data: restore refused");

    const fresh = path.join(dir, "fresh");
    expect(run("scripts/db-backup.ts", ["restore", backup], fresh).status).toBe(0);
    const exported = run("scripts/subscribers.ts", ["export-csv", "-"], fresh);
    expect(exported.stdout).toBe(
      "email,topics,frequency,consent_at,consent_source,consent_version\r\n" +
        "anna@esimerkki.fi,talous,daily,2025-01-01T00:00:00.000Z,Ghost,imported\r\n",
    );
  }, 120_000);

  it("erases again, on restoring an older backup, the reader erased since it was taken, and says so", () => {
    const site = path.join(dir, "journal-site");
    const list = path.join(dir, "two.csv");
    fs.writeFileSync(
      list,
      "email,topics,consent_at\r\nAnna@esimerkki.fi,talous,2025-01-01\r\nbertta@esimerkki.fi,talous,2025-01-01\r\n",
    );
    expect(run("scripts/subscribers.ts", ["import-csv", list], site).status).toBe(0);
    const backup = path.join(dir, "before-erasure.db");
    expect(run("scripts/db-backup.ts", ["backup", backup], site).status).toBe(0);

    const erased = run("scripts/subscribers.ts", ["erase", "ANNA@ESIMERKKI.FI"], site);
    expect(erased.stdout).toContain("Erased.");
    const journal = path.join(site, "erasure-journal");
    expect(fs.statSync(journal).mode & 0o777).toBe(0o600);
    expect(fs.readFileSync(journal, "utf8")).not.toMatch(/anna/i);

    const verified = run("scripts/db-backup.ts", ["verify", backup], site);
    expect(verified.status).toBe(0);
    expect(verified.stdout).toContain(`Erasure journal ${journal}: 1 entries`);
    expect(verified.stdout).toContain("1 newer than this backup");

    const restored = run("scripts/db-backup.ts", ["restore", backup, "--force"], site);
    expect(restored.status).toBe(0);
    expect(restored.stdout).toContain("1 newer than the backup, re-applied: 1 readers removed.");
    expect(run("scripts/subscribers.ts", ["export", "anna@esimerkki.fi"], site).status).toBe(1);
    expect(run("scripts/subscribers.ts", ["export-csv", "-"], site).stdout).not.toMatch(/anna/i);
  }, 120_000);

  it("fails verify on a file that is not a backup", () => {
    const junk = path.join(dir, "junk.db");
    fs.writeFileSync(junk, "SQLite format 3\0 but nothing after it");
    const verified = run("scripts/db-backup.ts", ["verify", junk], path.join(dir, "x"));
    expect(verified.status).toBe(1);
  }, 60_000);
});
