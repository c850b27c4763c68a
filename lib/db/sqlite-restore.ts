import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { checkSqliteFile } from "./sqlite-backup";
import { vacuumInto, type CopyProgress } from "./sqlite-vacuum";

const SIDE_FILES = ["-wal", "-shm", "-journal"];

function removeWithSideFiles(file: string) {
  for (const suffix of ["", ...SIDE_FILES]) fs.rmSync(`${file}${suffix}`, { force: true });
}

// Makes sure nobody has the live file open: a checkpoint moves its WAL into it, and closing the
// last connection removes the WAL. A WAL still there means a running server (or a file SQLite
// cannot read, which the operator moves aside first).
function releaseLiveFile(target: string) {
  if (!fs.existsSync(target)) return;
  try {
    const db = new Database(target, { fileMustExist: true });
    try {
      db.pragma("wal_checkpoint(TRUNCATE)");
    } finally {
      db.close();
    }
  } catch {
    // A damaged file: it is what the restore replaces.
  }
  if (fs.existsSync(`${target}-wal`))
    throw new Error(
      `${target} is in use (its -wal file stays after a checkpoint): stop the server, or move a damaged database and its -wal/-shm aside, then restore`,
    );
}

function fsyncPath(file: string) {
  const fd = fs.openSync(file, "r");
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

// Restores a verified backup all or nothing: copied (VACUUM INTO) to a new file next to
// `target`, readied there by `prepare` (migrations, the erasure journal), checked, and only then
// renamed over `target`, which is replaced in one step or not at all. Any failure before the
// rename removes the new file and leaves the live one exactly as it was.
export async function restoreSqliteFile<T>(
  backup: string,
  target: string,
  prepare: (staged: { url: string }) => Promise<T>,
  progress?: CopyProgress,
): Promise<T> {
  fs.mkdirSync(path.dirname(path.resolve(target)), { recursive: true });
  const staged = `${target}.restoring-${process.pid}`;
  removeWithSideFiles(staged);
  try {
    await vacuumInto(backup, staged, progress);
    fs.chmodSync(staged, 0o600);
    const prepared = await prepare({ url: `file:${staged}` });
    const check = checkSqliteFile(staged, { quick: true });
    if (check.problems.length)
      throw new Error(`The restored copy fails its check: ${check.problems.join("; ")}`);
    releaseLiveFile(target);
    fsyncPath(staged);
    fs.renameSync(staged, target);
    fsyncPath(path.dirname(path.resolve(target)));
    return prepared;
  } finally {
    removeWithSideFiles(staged);
  }
}
