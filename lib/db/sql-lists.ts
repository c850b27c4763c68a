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

// The same for ids: "is one of these numbers".
export function inIdList(q: Queryable, values: readonly number[]) {
  return q.dialect === "postgres"
    ? { sql: "= ANY(?::bigint[])", params: [values] }
    : { sql: `IN (${placeholders(values.length)})`, params: [...values] };
}
