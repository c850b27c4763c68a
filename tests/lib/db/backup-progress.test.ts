import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  backupDatabase,
  insertImportedSubscribers,
  restoreBackup,
  type DatabaseOptions,
  type Db,
} from "@/lib/db";
import { vacuumInto } from "@/lib/db/sqlite-vacuum";
import { DIALECTS, sqliteTestDatabase, type TestDatabase } from "../../helpers/databases";

const NOW = Date.UTC(2026, 10, 30, 9, 0);
type Call = [done: number, total: number, unit: string];

async function seed(db: Db, count: number) {
  const rows = Array.from({ length: count }, (_, i) => ({
    email: `lukija-${i}@esimerkki.fi`,
    topics: ["talous"],
    status: "confirmed" as const,
    consentAt: NOW,
    consentSource: "form",
    consentVersion: "2026-11-28",
    mailed: false,
  }));
  await db.transaction((tx) => insertImportedSubscribers(tx, rows, NOW));
}

describe.each(DIALECTS)(
  "db:backup and db:restore report their progress on $name",
  ({ name, open, skip }) => {
    let t: TestDatabase;
    let dir: string;
    beforeEach(async () => {
      if (skip) return;
      t = await open();
      dir = fs.mkdtempSync(path.join(os.tmpdir(), "backup-progress-"));
      await seed(t.db, 2000);
    });
    afterEach(async () => {
      if (skip) return;
      await t.dispose();
      fs.rmSync(dir, { recursive: true, force: true });
    });

    it.skipIf(skip)(
      "counts up to the whole copy, and the backup and restore are the same as without",
      async () => {
        const options: DatabaseOptions = { url: t.url, schema: t.schema };
        const calls: Call[] = [];
        const summary = await backupDatabase(options, path.join(dir, "backup"), (...c) =>
          calls.push(c),
        );
        const unit = name === "SQLite" ? "bytes" : "rows";
        expect(calls.length).toBeGreaterThan(0);
        expect(calls.every((c) => c[2] === unit && c[0] <= c[1])).toBe(true);
        const [done, total] = calls.at(-1)!;
        expect(done).toBe(total);
        if (name === "SQLite")
          expect(Math.abs(total - summary.bytes)).toBeLessThan(summary.bytes * 0.1);
        else expect(total).toBe(Object.values(summary.tables).reduce((a, b) => a + b, 0));
        expect(summary.tables.subscribers).toBe(2000);

        let target: DatabaseOptions = { dataDir: path.join(dir, "restored") };
        if (name === "PostgreSQL") {
          await t.db.run(`DROP SCHEMA ${t.schema} CASCADE`);
          target = options;
        }
        const restoring: Call[] = [];
        const restored = await restoreBackup(target, summary.file, {
          progress: (...c) => restoring.push(c),
        });
        expect(restored.tables.subscribers).toBe(2000);
        expect(restoring.length).toBeGreaterThan(0);
        const last = restoring.at(-1)!;
        if (name === "SQLite") expect(last[0]).toBe(last[1]);
        else expect(last[0]).toBe(Object.values(summary.tables).reduce((a, b) => a + b, 0));
      },
    );
  },
);

// The copy runs in a worker thread, so the main thread is free to redraw the progress line.
// (Not in the Node 22 unit run, whose worker cannot load the Node 20 build of better-sqlite3
// and copies on the main thread instead, without progress.)
describe.skipIf(Boolean(process.env.BETTER_SQLITE3_DIR))("a SQLite copy", () => {
  it("leaves the main thread free while it runs", async () => {
    const t = await sqliteTestDatabase();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "vacuum-"));
    try {
      await t.db.run(`CREATE TABLE filler (b BLOB)`);
      for (let i = 0; i < 48; i++)
        await t.db.run(`INSERT INTO filler VALUES (randomblob(1048576))`);
      let spins = 0;
      let copying = true;
      const spin = () => {
        spins++;
        if (copying) setImmediate(spin);
      };
      setImmediate(spin);
      const calls: number[] = [];
      await vacuumInto(t.url.slice("file:".length), path.join(dir, "copy.db"), (done) =>
        calls.push(done),
      );
      copying = false;
      expect(spins).toBeGreaterThan(50);
      expect(calls.at(-1)).toBeGreaterThan(48 * 1048576);
    } finally {
      await t.dispose();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
