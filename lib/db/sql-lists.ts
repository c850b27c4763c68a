import type { Queryable } from "./types";

// Gives `count` comma-separated `?` placeholders, for a VALUES row or an IN list.
export const placeholders = (count: number) => Array(count).fill("?").join(", ");

// Gives the condition "is one of these texts" and its parameters in the dialect of `q`:
// PostgreSQL takes one array parameter (parsed and planned once, whatever the count), SQLite a
// placeholder per value.
export function inTextList(q: Queryable, values: readonly string[]) {
  return q.dialect === "postgres"
    ? { sql: "= ANY(?::text[])", params: [values] }
    : { sql: `IN (${placeholders(values.length)})`, params: [...values] };
}

// Gives the condition "is one of these ids" and its parameters in the dialect of `q`.
export function inIdList(q: Queryable, ids: readonly number[]) {
  return q.dialect === "postgres"
    ? { sql: "= ANY(?::bigint[])", params: [ids] }
    : { sql: `IN (${placeholders(ids.length)})`, params: [...ids] };
}
