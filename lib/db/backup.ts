import fs from "node:fs";
import path from "node:path";
import { readErasureJournal, type ErasureJournal } from "./erasure-journal";
import { replayErasures } from "./erasure-replay";
import { migrate } from "./migrate";
import { dialectOf, openDatabase, type DatabaseOptions } from "./open";
import { checkPgDump, dumpPostgres } from "./pg-backup";
import { postgresHasData, restorePostgres } from "./pg-restore";
import {
  checkSqliteFile,
  snapshotSqlite,
  sqliteHasData,
  type SqliteCheck,
  type TableCounts,
} from "./sqlite-backup";
import { restoreSqliteFile } from "./sqlite-restore";

// Backups of either dialect: a SQLite file (VACUUM INTO) or a pg_dump custom-format archive.
export type BackupFormat = "sqlite" | "pg_dump";
export type BackupSummary = {
  file: string;
  format: BackupFormat;
  bytes: number;
  tables: TableCounts;
};
export type BackupCheck = SqliteCheck & { format: BackupFormat; bytes: number };

export class RestoreRefused extends Error {}

function sqlitePath(options: DatabaseOptions) {
  return options.url?.startsWith("file:")
    ? options.url.slice("file:".length)
    : path.join(options.dataDir ?? "data", "site.db");
}

// Writes a consistent snapshot of the configured database to `file` (refusing to overwrite
// one) while the site keeps writing; gives what it holds. A database without our tables is a
// wrong DATABASE_URL, not a backup: the file is removed and the call fails.
export async function backupDatabase(
  options: DatabaseOptions,
  file: string,
): Promise<BackupSummary> {
  if (fs.existsSync(file)) throw new Error(`${file} already exists: choose a new name`);
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const summary = await snapshot(options, file);
  if (!("subscribers" in summary.tables)) {
    fs.rmSync(file, { force: true });
    throw new Error("The database has no subscribers table: is DATABASE_URL (or DATA_DIR) right?");
  }
  return summary;
}

async function snapshot(options: DatabaseOptions, file: string): Promise<BackupSummary> {
  if (dialectOf(options.url) === "postgres") {
    const tables = await dumpPostgres(options.url!, file, options.schema);
    return { file, format: "pg_dump", bytes: fs.statSync(file).size, tables };
  }
  const source = sqlitePath(options);
  if (!fs.existsSync(source)) throw new Error(`No database at ${source}`);
  snapshotSqlite(source, file);
  const check = checkSqliteFile(file, { quick: true }); // db:verify runs the full check
  if (check.problems.length) {
    fs.rmSync(file, { force: true });
    throw new Error(`The snapshot fails its integrity check: ${check.problems.join("; ")}`);
  }
  return { file, format: "sqlite", bytes: fs.statSync(file).size, tables: check.tables };
}

// Tells a SQLite backup from a pg_dump archive by their first bytes.
export function backupFormat(file: string): BackupFormat {
  const head = Buffer.alloc(16);
  const fd = fs.openSync(file, "r");
  try {
    fs.readSync(fd, head, 0, 16, 0);
  } finally {
    fs.closeSync(fd);
  }
  if (head.toString("latin1") === "SQLite format 3\0") return "sqlite";
  if (head.subarray(0, 5).toString("latin1") === "PGDMP") return "pg_dump";
  throw new Error(`${file} is neither a SQLite database nor a pg_dump custom-format archive`);
}

// Opens a backup read-only and checks it whole; gives its problems (none = sound) and counts.
export async function verifyBackup(file: string): Promise<BackupCheck> {
  if (!fs.existsSync(file)) throw new Error(`No file at ${file}`);
  const format = backupFormat(file);
  const check = format === "sqlite" ? checkSqliteFile(file) : await checkPgDump(file);
  if (!("subscribers" in check.tables))
    check.problems.push("it has no subscribers table: not a backup of this site");
  return { ...check, format, bytes: fs.statSync(file).size };
}

// Readies a restored copy before it goes live: applies the migrations the backup predates (as a
// server start would) and re-applies the erasures the journal holds that the backup does not.
async function readyRestoredCopy(staged: DatabaseOptions, journal: ErasureJournal | null) {
  const db = openDatabase(staged);
  try {
    const reports: string[] = [];
    const applied = await migrate(db, undefined, {
      onReport: (id, line) => reports.push(`${id}: ${line}`),
    });
    const erasures = journal && {
      file: journal.file,
      entries: journal.entries.length,
      ...(await replayErasures(db, journal.entries)),
    };
    return { applied, reports, erasures };
  } finally {
    await db.close();
  }
}

// Restores a verified backup into the configured database, all or nothing, refusing one that
// holds data unless `force`. The backup is readied beside the live data (migrations, and every
// erasure in `journal` that it predates) and replaces it only when all of that succeeded; any
// failure leaves the live database exactly as it was. Gives the migrations applied (with what
// they reported), the rows per table restored, and what the erasure journal removed. The server
// must be stopped meanwhile.
export async function restoreBackup(
  options: DatabaseOptions,
  file: string,
  { force = false, journal }: { force?: boolean; journal?: string } = {},
) {
  const check = await verifyBackup(file);
  if (check.problems.length)
    throw new Error(`The backup fails its check: ${check.problems.join("; ")}`);
  const erasures = journal === undefined ? null : readErasureJournal(journal);
  if (erasures?.problems.length)
    throw new Error(
      `The erasure journal cannot be read, so erasures since the backup could come back: ${erasures.problems.join("; ")}`,
    );
  const postgres = dialectOf(options.url) === "postgres";
  if (postgres !== (check.format === "pg_dump")) {
    throw new Error(
      `A ${check.format} backup cannot be restored into ${postgres ? "PostgreSQL" : "SQLite"}`,
    );
  }
  const ready = (staged: DatabaseOptions) => readyRestoredCopy(staged, erasures);
  let result;
  if (postgres) {
    const target = await postgresHasData(options.url!, options.schema);
    if (target.hasData && !force)
      throw new RestoreRefused("The database holds data: restore refused (--force replaces it)");
    result = await restorePostgres(options.url!, file, options.schema, ready);
  } else {
    const target = sqlitePath(options);
    if (sqliteHasData(target) && !force)
      throw new RestoreRefused(`${target} holds data: restore refused (--force replaces it)`);
    result = await restoreSqliteFile(file, target, ready);
  }
  return { ...result, tables: check.tables };
}
