import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import readline from "node:readline";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { z } from "zod";
import {
  backupDatabase,
  insertImportedSubscribers,
  migrate,
  MIGRATIONS,
  openDatabase,
  restoreBackup,
  RestoreRefused,
  verifyBackup,
  type DatabaseOptions,
  type Db,
} from "@/lib/db";
import { DIALECTS, type TestDatabase } from "../../helpers/databases";

const NOW = Date.UTC(2026, 10, 30, 9, 0);
const emailRow = z.object({ email: z.string() });
const countRow = z.object({ n: z.number() });

// A list already in place: the snapshot then takes long enough for writes to land during it.
async function seedSubscribers(db: Db, count: number) {
  for (let i = 0; i < count; i += 500) {
    const rows = Array.from({ length: Math.min(500, count - i) }, (_, j) => ({
      email: `lukija-${i + j}@esimerkki.fi`,
      topics: ["talous", "juridiikka"],
      status: "confirmed" as const,
      consentAt: NOW,
      consentSource: "form",
      consentVersion: "2026-11-28",
      mailed: false,
    }));
    await db.transaction((tx) => insertImportedSubscribers(tx, rows, NOW));
  }
}

// Starts the second process and gives the addresses it has acknowledged so far (live).
function startWriter(t: TestDatabase, prefix: string) {
  const child: ChildProcess = spawn(
    // The node on PATH, as `npm run` uses: its better-sqlite3 build matches it (the Node 22
    // unit run swaps the addon inside vitest only, see .ci/unit-node22).
    "node",
    [
      "--import",
      "tsx",
      "--conditions=react-server",
      "tests/helpers/signup-writer.ts",
      t.url,
      t.schema ?? "",
      prefix,
    ],
    { stdio: ["pipe", "pipe", "inherit"] },
  );
  const acknowledged: string[] = [];
  readline
    .createInterface({ input: child.stdout! })
    .on("line", (l) => acknowledged.push(l.split(" ")[0]!));
  const exited = new Promise((resolve) => child.on("exit", resolve));
  return {
    acknowledged,
    async waitFor(count: number) {
      while (acknowledged.length < count) {
        if (child.exitCode !== null) throw new Error("the sign-up writer died");
        await new Promise((r) => setTimeout(r, 20));
      }
    },
    async stop() {
      child.kill("SIGTERM");
      await exited;
    },
  };
}

describe.each(DIALECTS)("backup and restore on $name", ({ name, open, skip }) => {
  let t: TestDatabase;
  let dir: string;
  const options = (): DatabaseOptions => ({ url: t.url, schema: t.schema });
  // SQLite restores into a fresh data folder; PostgreSQL into the wiped schema it came from.
  async function emptyTarget(): Promise<DatabaseOptions> {
    if (name === "SQLite") return { dataDir: path.join(dir, "restored") };
    await t.db.run(`DROP SCHEMA ${t.schema} CASCADE`);
    return options();
  }

  beforeEach(async () => {
    if (skip) return;
    t = await open();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "backup-test-"));
  });
  afterEach(async () => {
    if (skip) return;
    await t.dispose();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it.skipIf(skip)(
    "a backup taken during a burst of sign-ups restores every sign-up acknowledged before it began",
    async () => {
      await seedSubscribers(t.db, 5000);
      const writer = startWriter(t, "kiire");
      let before: string[];
      let summary;
      try {
        await writer.waitFor(30);
        before = [...writer.acknowledged];
        summary = await backupDatabase(options(), path.join(dir, "backup"));
        const after = writer.acknowledged.length;
        await writer.waitFor(after + 30); // sign-ups went on past the backup
      } finally {
        await writer.stop();
      }
      const check = await verifyBackup(summary.file);
      expect(check.problems).toEqual([]);
      expect(check.tables.subscribers).toBe(summary.tables.subscribers);
      expect(summary.tables.subscribers).toBeGreaterThanOrEqual(5000 + before.length);

      const target = await emptyTarget();
      await restoreBackup(target, summary.file);
      const restored = openDatabase(target);
      try {
        const emails = new Set(
          (await restored.all(`SELECT email FROM subscribers`)).map((r) => emailRow.parse(r).email),
        );
        expect(before.filter((e) => !emails.has(e))).toEqual([]);
        expect(emails.size).toBe(summary.tables.subscribers);
        // Sign-up row and its confirmation mail commit together: a torn copy would split them.
        const mails = countRow.parse(
          await restored.get(`SELECT COUNT(*) AS n FROM outbox WHERE recipient LIKE 'kiire-%'`),
        );
        expect(mails.n).toBe([...emails].filter((e) => e.startsWith("kiire-")).length);
      } finally {
        await restored.close();
      }
    },
    120_000,
  );

  it.skipIf(skip)("refuses to restore over a database that holds data, unless forced", async () => {
    await seedSubscribers(t.db, 3);
    const { file } = await backupDatabase(options(), path.join(dir, "backup"));
    await seedSubscribers(t.db, 10); // 7 more, after the backup
    await expect(restoreBackup(options(), file)).rejects.toThrow(RestoreRefused);
    const count = async () =>
      countRow.parse(await t.db.get(`SELECT COUNT(*) AS n FROM subscribers`)).n;
    expect(await count()).toBe(10);
    if (name === "SQLite") await t.db.close(); // the server is stopped for a restore
    await restoreBackup(options(), file, { force: true });
    if (name === "SQLite") t.db = openDatabase(options());
    expect(await count()).toBe(3);
  });

  it.skipIf(skip)("restores a backup made at the first migration and migrates it", async () => {
    const old = await emptyTargetAtFirstMigration();
    await seedSubscribers(old.db, 2).catch(() => undefined); // the new columns do not exist yet
    await old.db.run(
      `INSERT INTO subscribers (email, status, topics, consent_at, consent_version, consent_topics,
         confirmed_at, created_at, updated_at)
       VALUES ('vanha@esimerkki.fi', 'confirmed', 'verotus', ?, 'v0', 'verotus', ?, ?, ?)`,
      [NOW, NOW, NOW, NOW],
    );
    const { file } = await backupDatabase(old.options, path.join(dir, "old-backup"));
    expect((await verifyBackup(file)).migrations).toEqual([MIGRATIONS[0]!.id]);
    if (name === "SQLite") await old.db.close();
    const target = await emptyTarget();
    const { applied } = await restoreBackup(target, file);
    expect(applied).toEqual(MIGRATIONS.slice(1).map((m) => m.id));
    const restored = openDatabase(target);
    try {
      expect(await restored.get(`SELECT email, status, consent_source FROM subscribers`)).toEqual({
        email: "vanha@esimerkki.fi",
        status: "confirmed",
        consent_source: "form",
      });
    } finally {
      await restored.close();
    }

    // The test's own database, turned back to the first migration only.
    async function emptyTargetAtFirstMigration() {
      if (name === "SQLite") {
        const o = { url: `file:${path.join(dir, "old", "site.db")}` };
        const db = openDatabase(o);
        await migrate(db, MIGRATIONS.slice(0, 1));
        return { db, options: o };
      }
      await t.db.run(`DROP SCHEMA ${t.schema} CASCADE`);
      await t.db.run(`CREATE SCHEMA ${t.schema}`);
      await migrate(t.db, MIGRATIONS.slice(0, 1));
      return { db: t.db, options: options() };
    }
  });

  it.skipIf(skip)("never overwrites an existing file with a backup", async () => {
    const file = path.join(dir, "taken");
    fs.writeFileSync(file, "an older backup");
    await expect(backupDatabase(options(), file)).rejects.toThrow(/already exists/);
    expect(fs.readFileSync(file, "utf8")).toBe("an older backup");
  });
});

describe("verifying a backup", () => {
  it("refuses to back up a database that is not this site's, leaving no file", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "backup-wrong-"));
    try {
      await openDatabase({ dataDir: dir }).close(); // a SQLite file without our tables
      const file = path.join(dir, "backup");
      await expect(backupDatabase({ dataDir: dir }, file)).rejects.toThrow(/no subscribers table/);
      expect(fs.existsSync(file)).toBe(false);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it("fails a damaged SQLite backup", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "backup-verify-"));
    try {
      const db = openDatabase({ dataDir: dir });
      await migrate(db);
      const rows = Array.from({ length: 2000 }, (_, i) => ({
        email: `v-${i}@esimerkki.fi`,
        topics: ["talous"],
        status: "confirmed" as const,
        consentAt: NOW,
        consentSource: "form",
        consentVersion: "v",
        mailed: false,
      }));
      for (let i = 0; i < rows.length; i += 500)
        await db.transaction((tx) => insertImportedSubscribers(tx, rows.slice(i, i + 500), NOW));
      await db.close();
      const file = path.join(dir, "backup");
      await backupDatabase({ dataDir: dir }, file);
      const bytes = fs.readFileSync(file);
      bytes.fill(0x41, 8192, 8192 + 4096); // one page of garbage in the middle
      fs.writeFileSync(file, bytes);
      expect((await verifyBackup(file)).problems).not.toEqual([]);
      fs.writeFileSync(file, "not a database at all");
      await expect(verifyBackup(file)).rejects.toThrow(/neither a SQLite database nor a pg_dump/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
