import type { z } from "zod";
import { parseRow } from "./rows";
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

// Yields the rows of `select` (a SELECT of one table with an `id` column and no WHERE) a page
// at a time in id order, parsed, so that memory stays flat at any table size. Rows of a page
// may be changed or deleted before the next page is read.
export async function* pagesById<T extends { id: number }>(
  q: Queryable,
  select: string,
  schema: z.ZodType<T>,
  pageSize = 1000,
): AsyncGenerator<T[]> {
  for (let afterId = 0; ;) {
    const rows = await q.all(`${select} WHERE id > ? ORDER BY id LIMIT ?`, [afterId, pageSize]);
    const page = rows.map((r) => parseRow(schema, r));
    if (page.length > 0) yield page;
    if (page.length < pageSize) return;
    afterId = page.at(-1)!.id;
  }
}
