import path from "node:path";
import { PostgresDb } from "./postgres";
import { SqliteDb } from "./sqlite";
import type { Db } from "./types";

export type DatabaseOptions = {
  // file:/path/site.db or postgres://…; undefined = <dataDir>/site.db.
  url?: string;
  dataDir?: string;
  // PostgreSQL only: the schema to work in (tests use a random one).
  schema?: string;
};

// Opens (never at import time) the database DATABASE_URL names.
export function openDatabase(options: DatabaseOptions = {}): Db {
  const url = options.url ?? `file:${path.join(options.dataDir ?? "data", "site.db")}`;
  if (/^postgres(ql)?:\/\//.test(url)) return new PostgresDb(url, { schema: options.schema });
  if (url.startsWith("file:")) return new SqliteDb(url.slice("file:".length));
  throw new Error("DATABASE_URL must be file:/path/site.db or postgres://user@host/db");
}

// Says which dialect a DATABASE_URL selects, without opening anything.
export function dialectOf(url: string | undefined): Db["dialect"] {
  return url && /^postgres(ql)?:\/\//.test(url) ? "postgres" : "sqlite";
}
