// npm run db:backup -- FILE | db:restore -- FILE [--force] | db:verify -- FILE
// Backs up the configured database while the site runs, restores a backup into an empty one
// (the server stopped), or checks a backup read-only. Exit 0 only when all went well.
import {
  backupDatabase,
  describeJournal,
  restoreBackup,
  RestoreRefused,
  verifyBackup,
} from "@/lib/db";
import { erasureJournalFile, getEnv } from "@/lib/env";
import { backupProgress } from "./cli/backup-progress";

const USAGE = `Usage:
  npm run db:backup -- FILE            consistent snapshot while the site runs
  npm run db:restore -- FILE [--force] all or nothing, into an empty database (--force: replace
                                       its data); re-applies the erasure journal
  npm run db:verify -- FILE            integrity check, row counts and the erasure journal's
                                       state, read-only`;

const [command, ...rest] = process.argv.slice(2);
const force = rest.includes("--force");
const files = rest.filter((a) => a !== "--force");
const unknown = files.find((a) => a.startsWith("--"));
if (
  !["backup", "restore", "verify"].includes(command ?? "") ||
  files.length !== 1 ||
  unknown ||
  (force && command !== "restore")
) {
  console.error(unknown ? `Unknown option ${unknown}\n${USAGE}` : USAGE);
  process.exit(2);
}
const file = files[0]!;

function printCounts(tables: Record<string, number>, bytes?: number) {
  const width = Math.max(...Object.keys(tables).map((t) => t.length), 5);
  for (const [table, rows] of Object.entries(tables)) {
    console.log(`  ${table.padEnd(width)}  ${String(rows).padStart(9)} rows`);
  }
  if (bytes !== undefined)
    console.log(`  ${"size".padEnd(width)}  ${(bytes / 1024 / 1024).toFixed(2).padStart(9)} MB`);
}

const env = getEnv();
const options = { url: env.DATABASE_URL, dataDir: env.DATA_DIR };
const journal = erasureJournalFile(env);
try {
  if (command === "backup") {
    const started = performance.now();
    const progress = backupProgress("db:backup");
    const summary = await backupDatabase(options, file, progress.report).finally(progress.finish);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(`Wrote ${summary.file} (${summary.format}) in ${seconds} s:`);
    printCounts(summary.tables, summary.bytes);
  } else if (command === "verify") {
    const check = await verifyBackup(file);
    console.log(`${file} (${check.format}), migrations: ${check.migrations.join(", ") || "none"}`);
    printCounts(check.tables, check.bytes);
    const state = describeJournal(journal, check.erasures);
    state.lines.forEach((line) => console.log(line));
    state.warnings.forEach((line) => console.error(`Warning: ${line}`));
    const problems = [...check.problems, ...state.problems];
    if (problems.length) {
      console.error(`FAILED:\n  ${problems.join("\n  ")}`);
      process.exitCode = 1;
    } else console.log("Integrity check passed.");
  } else {
    const progress = backupProgress("db:restore");
    const result = await restoreBackup(options, file, {
      force,
      journal,
      progress: progress.report,
    }).finally(progress.finish);
    console.log(`Restored ${file}:`);
    printCounts(result.tables);
    console.log(
      result.applied.length
        ? `Migrations applied since the backup: ${result.applied.join(", ")}`
        : "Schema up to date.",
    );
    result.reports.forEach((line) => console.log(`  ${line}`));
    const erased = result.erasures!;
    console.log(
      `Erasure journal ${erased.file}: ${erased.entries} entries, ${erased.newer} newer than the ` +
        `backup, re-applied: ${erased.readersRemoved} readers removed.`,
    );
  }
} catch (error) {
  console.error(
    error instanceof RestoreRefused
      ? error.message
      : `${command} failed: ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exitCode = 1;
}
