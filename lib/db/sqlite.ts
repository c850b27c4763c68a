import "server-only";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import type { Db, Queryable, Row } from "./types";

type Params = readonly unknown[];

// better-sqlite3 is synchronous, but our transaction callbacks are async: without this queue a
// second request could run its statements inside another request's open transaction.
export class SqliteDb implements Db {
  readonly dialect = "sqlite" as const;
  readonly raw: Database.Database;
  private queue: Promise<unknown> = Promise.resolve();
  private readonly direct: Queryable;

  constructor(file: string) {
    fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    this.raw = new Database(file);
    this.raw.pragma("journal_mode = WAL");
    this.raw.pragma("busy_timeout = 5000");
    // NORMAL in WAL mode survives a process crash; only a power cut may lose the last commits.
    this.raw.pragma("synchronous = NORMAL");
    this.raw.pragma("foreign_keys = ON");
    // Erased subscribers must not linger in free pages of the file.
    this.raw.pragma("secure_delete = ON");
    const raw = this.raw;
    const bind = (params: Params = []) => params.map(toSqlite);
    // Compiling a statement costs about as much as running a small one: keep the last few
    // hundred (the send runs the same handful per letter), forgetting all when full.
    const statements = new Map<string, Database.Statement<unknown[], Row>>();
    const prepare = (sql: string) => {
      let statement = statements.get(sql);
      if (!statement) {
        if (statements.size >= 300) statements.clear();
        statement = raw.prepare<unknown[], Row>(sql);
        statements.set(sql, statement);
      }
      return statement;
    };
    this.direct = {
      dialect: "sqlite",
      // Rows are plain objects of column values; lib/db/rows.ts parses them.
      all: async (sql: string, params?: Params) => prepare(sql).all(...bind(params)),
      get: async (sql: string, params?: Params) => prepare(sql).get(...bind(params)),
      run: async (sql: string, params?: Params) => prepare(sql).run(...bind(params)).changes,
    };
  }

  private locked<T>(fn: () => Promise<T>): Promise<T> {
    const result = this.queue.then(fn);
    this.queue = result.catch(() => undefined);
    return result;
  }

  all(sql: string, params?: Params) {
    return this.locked(() => this.direct.all(sql, params));
  }
  get(sql: string, params?: Params) {
    return this.locked(() => this.direct.get(sql, params));
  }
  run(sql: string, params?: Params) {
    return this.locked(() => this.direct.run(sql, params));
  }

  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T> {
    return this.locked(async () => {
      this.raw.exec("BEGIN IMMEDIATE");
      try {
        const result = await fn(this.direct);
        this.raw.exec("COMMIT");
        return result;
      } catch (error) {
        if (this.raw.inTransaction) this.raw.exec("ROLLBACK");
        throw error;
      }
    });
  }

  async close() {
    await this.locked(async () => this.raw.close());
  }
}

function toSqlite(value: unknown): unknown {
  if (typeof value === "boolean") return value ? 1 : 0;
  return value;
}
