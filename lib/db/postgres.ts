import "server-only";
import pg from "pg";
import type { Db, Queryable, Row } from "./types";

type Params = readonly unknown[];
type Client = pg.Pool | pg.PoolClient;

// `?` → `$1, $2, …` so that both dialects share one SQL text.
export function numberPlaceholders(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}

// BIGINT columns hold millisecond timestamps, well inside Number's exact range.
const types = {
  getTypeParser: ((oid: number, format?: "text" | "binary") =>
    oid === 20 ? (v: string) => Number(v) : pg.types.getTypeParser(oid, format)) as never,
};

function queryable(client: Client): Queryable {
  return {
    dialect: "postgres",
    all: async (sql: string, params: Params = []) =>
      (await client.query<Row>(numberPlaceholders(sql), [...params])).rows,
    get: async (sql: string, params: Params = []) =>
      (await client.query<Row>(numberPlaceholders(sql), [...params])).rows[0],
    run: async (sql: string, params: Params = []) =>
      (await client.query(numberPlaceholders(sql), [...params])).rowCount ?? 0,
  };
}

export class PostgresDb implements Db {
  readonly dialect = "postgres" as const;
  readonly pool: pg.Pool;
  private readonly direct: Queryable;

  // `schema` sets search_path, so tests can each work in a schema of their own.
  constructor(connectionString: string, options: { schema?: string; max?: number } = {}) {
    this.pool = new pg.Pool({
      connectionString,
      max: options.max ?? 10,
      types,
      ...(options.schema ? { options: `-c search_path=${options.schema}` } : {}),
    });
    // An idle client losing its connection must not crash the server; the next query reconnects.
    this.pool.on("error", () => undefined);
    this.direct = queryable(this.pool);
  }

  all(sql: string, params?: Params) {
    return this.direct.all(sql, params);
  }
  get(sql: string, params?: Params) {
    return this.direct.get(sql, params);
  }
  run(sql: string, params?: Params) {
    return this.direct.run(sql, params);
  }

  async transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      await client.query("BEGIN");
      const result = await fn(queryable(client));
      await client.query("COMMIT");
      return result;
    } catch (error) {
      await client.query("ROLLBACK").catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  async close() {
    await this.pool.end();
  }
}
