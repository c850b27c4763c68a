import type { Queryable } from "../types";

// One schema change, written for each dialect. Ids sort in the order they must apply
// ("0001-subscribers" < "0100-send-log"). `data`, when present, runs after the statements in
// the same transaction (a data repair that SQL alone says badly); it gives the lines to report
// to the operator, such as how many rows it changed.
export type Migration = {
  id: string;
  sqlite: string[];
  postgres: string[];
  data?: (tx: Queryable) => Promise<string[]>;
};
