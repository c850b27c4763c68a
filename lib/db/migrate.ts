import { z } from "zod";
import { MIGRATIONS, type Migration } from "./migrations";
import { parseRow } from "./rows";
import type { Db } from "./types";

const migrationId = z.object({ id: z.string() });

// Any constant works; it only has to be the same for every instance of the application.
const MIGRATION_LOCK = 7_240_311;

export type MigrateOptions = {
  // Receives what a migration's data step reports (e.g. "merged 3 duplicate subscribers").
  onReport?: (migrationId: string, line: string) => void;
};

// Applies every migration not yet applied, in id order, in one transaction; gives their ids.
export async function migrate(
  db: Db,
  migrations: readonly Migration[] = MIGRATIONS,
  options: MigrateOptions = {},
) {
  const ordered = [...migrations].sort((a, b) => a.id.localeCompare(b.id));
  return db.transaction(async (tx) => {
    // Several instances starting at once: the second waits here, then finds nothing to do.
    if (tx.dialect === "postgres") await tx.run(`SELECT pg_advisory_xact_lock(${MIGRATION_LOCK})`);
    await tx.run(
      `CREATE TABLE IF NOT EXISTS schema_migrations (id TEXT PRIMARY KEY, applied_at TEXT NOT NULL)`,
    );
    const applied = new Set(
      (await tx.all(`SELECT id FROM schema_migrations`)).map((r) => parseRow(migrationId, r).id),
    );
    const done: string[] = [];
    for (const migration of ordered) {
      if (applied.has(migration.id)) continue;
      for (const statement of migration[tx.dialect]) await tx.run(statement);
      const lines = migration.data ? await migration.data(tx) : [];
      for (const line of lines) options.onReport?.(migration.id, line);
      await tx.run(`INSERT INTO schema_migrations (id, applied_at) VALUES (?, ?)`, [
        migration.id,
        new Date().toISOString(),
      ]);
      done.push(migration.id);
    }
    return done;
  });
}
