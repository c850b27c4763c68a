import fs from "node:fs";
import path from "node:path";
import { dialectOf, type DatabaseOptions } from "./open";
import { checkPgDump, dumpPostgres } from "./pg-backup";
import {
  checkSqliteFile,
  snapshotSqlite,
  type SqliteCheck,
  type TableCounts,
} from "./sqlite-backup";

// Backups of either dialect: a SQLite file (VACUUM INTO) or a pg_dump custom-format archive.
export type BackupFormat = "sqlite" | "pg_dump";
export type BackupSummary = {
  file: string;
  format: BackupFormat;
  bytes: number;
  tables: TableCounts;
};
export type BackupCheck = SqliteCheck & { format: BackupFormat; bytes: number };
// Told how far a backup or restore is: bytes of the SQLite copy written, or rows of the dump
// written or loaded (PostgreSQL), of about how many.
export type BackupProgress = (done: number, total: number, unit: "bytes" | "rows") => void;

// The SQLite file the options name (DATABASE_URL file:…, or DATA_DIR/site.db).
export function sqlitePath(options: DatabaseOptions) {
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
  progress?: BackupProgress,
): Promise<BackupSummary> {
  if (fs.existsSync(file)) throw new Error(`${file} already exists: choose a new name`);
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const summary = await snapshot(options, file, progress);
  if (!("subscribers" in summary.tables)) {
    fs.rmSync(file, { force: true });
    throw new Error("The database has no subscribers table: is DATABASE_URL (or DATA_DIR) right?");
  }
  return summary;
}

async function snapshot(
  options: DatabaseOptions,
  file: string,
  progress?: BackupProgress,
): Promise<BackupSummary> {
  if (dialectOf(options.url) === "postgres") {
    const rows = progress && ((done: number, total: number) => progress(done, total, "rows"));
    const tables = await dumpPostgres(options.url!, file, options.schema, rows);
    return { file, format: "pg_dump", bytes: fs.statSync(file).size, tables };
  }
  const source = sqlitePath(options);
  if (!fs.existsSync(source)) throw new Error(`No database at ${source}`);
  const bytes = progress && ((done: number, total: number) => progress(done, total, "bytes"));
  await snapshotSqlite(source, file, bytes);
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
