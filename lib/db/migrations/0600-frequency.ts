import type { Migration } from "./types";

// How often each reader gets the letter (issue 21): 'daily' (every issue day, what every
// reader before this migration chose by signing up) or 'weekly' (the week's digest only).
const column = `ALTER TABLE subscribers ADD COLUMN frequency TEXT NOT NULL DEFAULT 'daily'
  CHECK (frequency IN ('daily', 'weekly'))`;

export const frequency: Migration = {
  id: "0600-frequency",
  sqlite: [column],
  postgres: [column],
};
