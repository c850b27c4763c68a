import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { migrate, MIGRATIONS, openDatabase, type Db, type Migration } from "@/lib/db";

// The machine's PostgreSQL (set by .ci/run); tests on it skip, saying so, when nobody answers.
export const TEST_DATABASE_URL =
  process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";

async function postgresAnswers(): Promise<boolean> {
  const client = new pg.Client({
    connectionString: TEST_DATABASE_URL,
    connectionTimeoutMillis: 2000,
  });
  try {
    await client.connect();
    await client.query("SELECT 1");
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

export const postgresAvailable = await postgresAnswers();
if (!postgresAvailable) {
  console.warn(`SKIPPING PostgreSQL tests: no server answers at ${TEST_DATABASE_URL}`);
}

export type TestDatabase = { db: Db; url: string; schema?: string; dispose(): Promise<void> };

// A migrated SQLite file in a fresh temporary folder (`migrations`: only these, to test one).
export async function sqliteTestDatabase(
  migrations: readonly Migration[] = MIGRATIONS,
): Promise<TestDatabase> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "newsletter-db-"));
  const url = `file:${path.join(dir, "site.db")}`;
  const db = openDatabase({ url });
  await migrate(db, migrations);
  return {
    db,
    url,
    async dispose() {
      await db.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

// A migrated schema of its own on the shared PostgreSQL server, dropped afterwards.
export async function postgresTestDatabase(
  migrations: readonly Migration[] = MIGRATIONS,
): Promise<TestDatabase> {
  const schema = `t_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
  await admin.end();
  const db = openDatabase({ url: TEST_DATABASE_URL, schema });
  await migrate(db, migrations);
  return {
    db,
    url: TEST_DATABASE_URL,
    schema,
    async dispose() {
      await db.close();
      const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
      await client.connect();
      await client.query(`DROP SCHEMA ${schema} CASCADE`);
      await client.end();
    },
  };
}

// Both dialects, for describe.each; PostgreSQL marked to skip when the server is down.
export const DIALECTS = [
  { name: "SQLite", open: sqliteTestDatabase, skip: false },
  { name: "PostgreSQL", open: postgresTestDatabase, skip: !postgresAvailable },
] as const;
