import { sqlitePath, verifyBackup, type BackupProgress } from "./backup";
import { readErasureJournal, type ErasureJournal } from "./erasure-journal";
import { replayErasures } from "./erasure-replay";
import { migrate } from "./migrate";
import { dialectOf, openDatabase, type DatabaseOptions } from "./open";
import { postgresHasData, restorePostgres } from "./pg-restore";
import { sqliteHasData } from "./sqlite-backup";
import { restoreSqliteFile } from "./sqlite-restore";

export class RestoreRefused extends Error {}

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
  {
    force = false,
    journal,
    progress,
  }: { force?: boolean; journal?: string; progress?: BackupProgress } = {},
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
    const total = Object.values(check.tables).reduce((a, b) => a + b, 0);
    const rows = progress && ((done: number) => progress(done, total, "rows"));
    result = await restorePostgres(options.url!, file, options.schema, ready, rows);
  } else {
    const target = sqlitePath(options);
    if (sqliteHasData(target) && !force)
      throw new RestoreRefused(`${target} holds data: restore refused (--force replaces it)`);
    const bytes = progress && ((done: number, total: number) => progress(done, total, "bytes"));
    result = await restoreSqliteFile(file, target, ready, bytes);
  }
  return { ...result, tables: check.tables };
}
