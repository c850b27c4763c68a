import { randomBytes } from "node:crypto";
import pg from "pg";

export const TEST_DATABASE_URL =
  process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";

// Gives a fresh schema on the test PostgreSQL (its DATABASE_URL for a server, and a way to drop
// it), or null when no server answers: the spec then skips, saying so.
export async function postgresSchema(
  prefix: string,
): Promise<{ url: string; drop(): Promise<void> } | null> {
  const schema = `${prefix}_${randomBytes(5).toString("hex")}`;
  const client = new pg.Client({
    connectionString: TEST_DATABASE_URL,
    connectionTimeoutMillis: 2000,
  });
  try {
    await client.connect();
    await client.query(`CREATE SCHEMA ${schema}`);
  } catch {
    return null;
  } finally {
    await client.end().catch(() => undefined);
  }
  return {
    url: `${TEST_DATABASE_URL}?options=${encodeURIComponent(`-c search_path=${schema}`)}`,
    async drop() {
      const c = new pg.Client({ connectionString: TEST_DATABASE_URL });
      await c.connect();
      await c.query(`DROP SCHEMA ${schema} CASCADE`);
      await c.end();
    },
  };
}
