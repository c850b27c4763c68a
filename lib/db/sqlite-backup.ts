import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { vacuumInto, type CopyProgress } from "./sqlite-vacuum";

export type TableCounts = Record<string, number>;
export type SqliteCheck = {
  problems: string[];
  tables: TableCounts;
  migrations: string[];
  // The backup's erased_addresses (digest → erased_at), to compare with the erasure journal.
  erasures: Map<string, number>;
};

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

// Gives the integrity check's findings (none = sound), the rows per table and the applied
// migrations of a SQLite file, opened read-only.
// `quick`: PRAGMA quick_check (every page and record, not index against table), for a file
// SQLite has just written itself.
export function checkSqliteFile(file: string, { quick = false } = {}): SqliteCheck {
  try {
    return readSqliteFile(file, quick);
  } catch (error) {
    // A damaged page can stop SQLite before the check has anything to report.
    const message = error instanceof Error ? error.message : String(error);
    return {
      problems: [`SQLite cannot read it: ${message}`],
      tables: {},
      migrations: [],
      erasures: new Map(),
    };
  }
}

function readSqliteFile(file: string, quick: boolean): SqliteCheck {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const integrity = db
      .prepare(quick ? `PRAGMA quick_check` : `PRAGMA integrity_check`)
      .pluck()
      .all() as string[];
    const foreignKeys = db.prepare(`PRAGMA foreign_key_check`).all() as { table: string }[];
    const problems = [
      ...integrity.filter((line) => line !== "ok"),
      ...foreignKeys.map((r) => `${r.table}: a row refers to a missing parent row`),
    ];
    const names = db
      .prepare(
        `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`,
      )
      .pluck()
      .all() as string[];
    const tables: TableCounts = {};
    for (const name of names) {
      tables[name] = Number(
        db
          .prepare(`SELECT COUNT(*) FROM ${quote(name)}`)
          .pluck()
          .get(),
      );
    }
    const migrations = names.includes("schema_migrations")
      ? (db.prepare(`SELECT id FROM schema_migrations ORDER BY id`).pluck().all() as string[])
      : [];
    const erasures = new Map(
      names.includes("erased_addresses")
        ? (db.prepare(`SELECT email_sha256, erased_at FROM erased_addresses`).raw().all() as [
            string,
            number,
          ][])
        : [],
    );
    return { problems, tables, migrations, erasures };
  } finally {
    db.close();
  }
}

// Writes a consistent snapshot of the live database `source` to `target` (which must not exist)
// while other connections keep writing. VACUUM INTO reads in one transaction (a WAL reader never
// blocks writers) and, unlike a page-by-page copy, leaves no free pages that could still hold
// erased addresses. The file appears under its name only once complete and synced.
export async function snapshotSqlite(source: string, target: string, progress?: CopyProgress) {
  const partial = path.join(
    path.dirname(target),
    `.${path.basename(target)}.partial-${process.pid}`,
  );
  fs.rmSync(partial, { force: true });
  try {
    await vacuumInto(source, partial, progress);
    fs.chmodSync(partial, 0o600); // it holds every subscriber's address
    const fd = fs.openSync(partial, "r");
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    fs.linkSync(partial, target); // fails, rather than overwrite, when the target exists
  } finally {
    fs.rmSync(partial, { force: true });
  }
}

// Gives true when the SQLite file holds any row outside the bookkeeping tables (a server
// started on an empty folder creates the tables, and such a database still counts as empty).
export function sqliteHasData(file: string): boolean {
  if (!fs.existsSync(file)) return false;
  const { tables } = checkSqliteFile(file, { quick: true });
  return Object.entries(tables).some(([name, n]) => name !== "schema_migrations" && n > 0);
}
