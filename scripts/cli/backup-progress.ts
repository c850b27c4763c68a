import type { BackupProgress } from "../../lib/db/backup";
import { createProgress, type Progress } from "../../lib/progress";

const megabytes = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

// Gives a progress line for db:backup and db:restore: MB of a SQLite copy, or rows of a
// PostgreSQL dump, whichever the database reports (lib/db/backup.ts).
export function backupProgress(label: string): { report: BackupProgress; finish(): void } {
  let progress: Progress | undefined;
  return {
    report(done, total, unit) {
      progress ??= createProgress(
        unit === "bytes" ? { label, unit: "MB", format: megabytes } : { label, unit: "rows" },
      );
      progress.update(done, total);
    },
    finish: () => progress?.finish(),
  };
}
