import {
  RateLimiterMemory,
  RateLimiterPostgres,
  type RateLimiterAbstract,
} from "rate-limiter-flexible";
import { PostgresDb } from "./postgres";
import type { Db } from "./types";

// Gives a limiter of `points` per `durationSeconds` per key: in memory next to SQLite (one
// process), in PostgreSQL next to PostgreSQL so that every instance shares the counts.
export async function createRateLimiter(
  db: Db,
  options: { keyPrefix: string; points: number; durationSeconds: number },
): Promise<RateLimiterAbstract> {
  const base = {
    keyPrefix: options.keyPrefix,
    points: options.points,
    duration: options.durationSeconds,
  };
  if (!(db instanceof PostgresDb)) return new RateLimiterMemory(base);
  return new Promise((resolve, reject) => {
    const limiter: RateLimiterPostgres = new RateLimiterPostgres(
      { ...base, storeClient: db.pool, tableName: "rate_limits" },
      (error?: Error) => (error ? reject(error) : resolve(limiter)),
    );
  });
}
