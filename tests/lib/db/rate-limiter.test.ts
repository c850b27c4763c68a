import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createRateLimiter } from "@/lib/db";
import { DIALECTS, type TestDatabase } from "../../helpers/databases";

// What the sign-up limit rests on: under a burst of parallel posts from one client, exactly
// `points` get through, in the dialect's own store (memory with SQLite, a table in PostgreSQL).
describe.each(DIALECTS)("the rate limiter on $name", ({ open, skip }) => {
  let t: TestDatabase;
  beforeEach(async () => {
    if (!skip) t = await open();
  });
  afterEach(async () => {
    if (!skip) await t.dispose();
  });

  it.skipIf(skip)("lets exactly its points through 40 parallel attempts of one key", async () => {
    const limiter = await createRateLimiter(t.db, {
      keyPrefix: `parallel${Math.random()}`,
      points: 5,
      durationSeconds: 600,
    });
    const results = await Promise.allSettled(
      Array.from({ length: 40 }, () => limiter.consume("2001:db8:1:2::/64")),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(5);
    expect(results.filter((r) => r.status === "rejected")).toHaveLength(35);
    await expect(limiter.consume("192.0.2.7")).resolves.toMatchObject({ remainingPoints: 4 });
  });
});
