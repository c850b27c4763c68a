export type Dialect = "sqlite" | "postgres";

// SQL is written once with `?` placeholders; the PostgreSQL dialect numbers them.
export interface Queryable {
  readonly dialect: Dialect;
  all<T = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<T[]>;
  get<T = Record<string, unknown>>(
    sql: string,
    params?: readonly unknown[],
  ): Promise<T | undefined>;
  // Gives the number of rows changed.
  run(sql: string, params?: readonly unknown[]): Promise<number>;
}

export interface Db extends Queryable {
  // Runs fn in one transaction (SQLite: BEGIN IMMEDIATE, serialised per process).
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}
