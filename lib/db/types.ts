export type Dialect = "sqlite" | "postgres";

// A row as the driver gives it; lib/db parses it (lib/db/rows.ts) before anything else sees it.
export type Row = Record<string, unknown>;

// SQL is written once with `?` placeholders; the PostgreSQL dialect numbers them.
export interface Queryable {
  readonly dialect: Dialect;
  all(sql: string, params?: readonly unknown[]): Promise<Row[]>;
  get(sql: string, params?: readonly unknown[]): Promise<Row | undefined>;
  // Gives the number of rows changed.
  run(sql: string, params?: readonly unknown[]): Promise<number>;
}

export interface Db extends Queryable {
  // Runs fn in one transaction (SQLite: BEGIN IMMEDIATE, serialised per process).
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}
