import { z } from "zod";
import { findTopic } from "../content/taxonomy";
import type { Row } from "./types";

// Gives the row as the schema describes it. A row that does not fit means our SQL and our
// types disagree, a bug to hear about at once rather than a wrong value further on.
export function parseRow<T>(schema: z.ZodType<T>, row: Row): T {
  const parsed = schema.safeParse(row);
  if (!parsed.success) throw new Error(`unexpected database row: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

// Gives the one row a statement that always returns one (INSERT … RETURNING, COUNT) gave.
export function parseOneRow<T>(schema: z.ZodType<T>, row: Row | undefined): T {
  if (!row) throw new Error("unexpected database result: the statement returned no row");
  return parseRow(schema, row);
}

// Both drivers give integers as numbers (PostgreSQL's BIGINT through our type parser).
export const idColumn = z.number().int();
export const countColumn = z.number().int().min(0);
export const insertedId = z.object({ id: idColumn });

// Topics are stored comma-joined slugs (main topics from the form; subtopics are allowed too).
// A slug the taxonomy no longer knows is dropped here rather than passed on.
export function splitTopics(value: string): string[] {
  return value.split(",").filter((slug) => findTopic(slug) !== undefined);
}

export const topicsColumn = z.string().transform(splitTopics);

// How often a reader gets the letter: every issue day, or the week's digest only. The one
// list of rhythms; the form's labels (lib/subscription/signup-form.ts) must cover each.
export const FREQUENCIES = ["daily", "weekly"] as const;
export type Frequency = (typeof FREQUENCIES)[number];
export const frequencyColumn = z.enum(FREQUENCIES);
