import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  claimIssueSends,
  claimStatement,
  countIssueSends,
  enqueueIssueSends,
  lastForeignLease,
  releaseIssueSends,
  renewIssueSends,
  type ClaimRequest,
  type Db,
} from "@/lib/db";
import { DIALECTS, type TestDatabase } from "@/tests/helpers/databases";
import { addConfirmedSubscriber } from "@/tests/helpers/issue-send";
import { seedConfirmedSubscribers, seedIssueSends } from "@/tests/helpers/seed-subscribers";

const DAY = "2023-10-02";
const NOW = Date.parse("2023-10-02T04:00:00Z");
const due = (runId: string, afterId = 0, limit = 100): ClaimRequest => ({
  day: DAY,
  runId,
  now: NOW,
  leaseMs: 60_000,
  limit,
  afterId,
});
const expired = (runId: string, now: number): ClaimRequest => ({
  day: DAY,
  runId,
  now,
  leaseMs: 60_000,
  limit: 100,
});

describe.each(DIALECTS)("issue send claims on $name", ({ open, skip }) => {
  let t: TestDatabase;
  beforeEach(async () => {
    if (skip) return;
    t = await open();
  });
  afterEach(async () => {
    if (!skip) await t.dispose();
  });

  it.skipIf(skip)(
    "claims a batch in subscriber order with each subscriber's address, topics and status",
    async () => {
      const a = await addConfirmedSubscriber(t.db, "a@example.fi", ["verotus"]);
      const b = await addConfirmedSubscriber(t.db, "b@example.fi", ["talous", "juridiikka"]);
      await addConfirmedSubscriber(t.db, "c@example.fi", ["talous"]);
      await enqueueIssueSends(t.db, DAY);
      await t.db.run(`UPDATE subscribers SET status = 'unsubscribed' WHERE id = ?`, [b]);
      expect(await claimIssueSends(t.db, due("r", 0, 2))).toEqual([
        {
          subscriberId: a,
          email: "a@example.fi",
          topics: ["verotus"],
          confirmed: true,
          tokenVersion: expect.any(Number),
          frequency: "daily",
        },
        {
          subscriberId: b,
          email: "b@example.fi",
          topics: ["talous", "juridiikka"],
          confirmed: false,
          tokenVersion: expect.any(Number),
          frequency: "daily",
        },
      ]);
      expect(await countIssueSends(t.db, DAY)).toMatchObject({ sending: 2, pending: 1 });
    },
  );

  it.skipIf(skip)(
    "never gives one row to two runs, gives back and renews only what the run holds, and takes over an expired claim",
    async () => {
      await seedConfirmedSubscribers(t.db, 10);
      await enqueueIssueSends(t.db, DAY);
      const first = await claimIssueSends(t.db, due("a", 0, 6));
      const second = await claimIssueSends(t.db, due("b", 0, 6));
      expect(first).toHaveLength(6);
      expect(second).toHaveLength(4);
      const ids = (rows: { subscriberId: number }[]) => rows.map((r) => r.subscriberId);
      expect(ids(first).filter((id) => ids(second).includes(id))).toEqual([]);
      // "b" cannot renew or give back what "a" holds.
      const renew = { day: DAY, runId: "b", ids: ids(first), until: NOW + 90_000 };
      expect(await renewIssueSends(t.db, renew)).toEqual([]);
      await releaseIssueSends(t.db, { day: DAY, runId: "b", ids: ids(first) }, null);
      expect(await countIssueSends(t.db, DAY)).toMatchObject({ sending: 10 });
      expect(await lastForeignLease(t.db, DAY, "b")).toBe(NOW + 60_000);
      // "b" lives on and renews; "a" dies, and its claims are free once their lease has run
      // out, not a moment before.
      const alive = { day: DAY, runId: "b", ids: ids(second), until: NOW + 120_000 };
      expect(await renewIssueSends(t.db, alive)).toEqual(expect.arrayContaining(ids(second)));
      expect(await claimIssueSends(t.db, expired("c", NOW + 59_000))).toEqual([]);
      expect(ids(await claimIssueSends(t.db, expired("c", NOW + 61_000)))).toEqual(ids(first));
      expect(await renewIssueSends(t.db, { ...renew, runId: "a" })).toEqual([]);
    },
  );
});

// What the database does to find due work at 100 000 readers with half of them sent.
describe.each(DIALECTS)("the claim's query plan on $name", ({ name, open, skip }) => {
  let t: TestDatabase;
  beforeAll(async () => {
    if (skip) return;
    t = await open();
    await seedConfirmedSubscribers(t.db, 100_000);
    await seedIssueSends(t.db, DAY, 50_000);
    await claimIssueSends(t.db, due("elossa", 50_000, 100));
  }, 120_000);
  afterAll(async () => {
    if (!skip) await t.dispose();
  });

  const plan = async (db: Db, request: ClaimRequest) => {
    const { sql, params } = claimStatement(db.dialect, request);
    if (db.dialect === "sqlite") {
      const rows = await db.all(`EXPLAIN QUERY PLAN ${sql}`, params);
      return rows.map((r) => String(r.detail)).filter((d) => d.includes("issue_sends"));
    }
    // pg sends the statement with its parameters, as the claim does: a plan for these values.
    const rows = await db.all(`EXPLAIN ${sql}`, params);
    return rows.map((r) => String(r["QUERY PLAN"]));
  };

  it.skipIf(skip || name !== "SQLite")(
    "SQLite finds due rows and expired leases by index range, never walking the issue's rows",
    async () => {
      await t.db.run(`ANALYZE`);
      const dueRows = await plan(t.db, due("r", 50_100));
      expect(dueRows).toContain(
        "SEARCH issue_sends USING INDEX issue_sends_status (issue_date=? AND status=? AND subscriber_id>?)",
      );
      const leases = await plan(t.db, expired("r", NOW + 120_000));
      expect(leases).toContain(
        "SEARCH issue_sends USING INDEX issue_sends_leases (issue_date=? AND claimed_until<?)",
      );
      for (const line of [...dueRows, ...leases]) {
        expect(line).not.toMatch(/^SCAN issue_sends/);
        expect(line).not.toMatch(/\(issue_date=\?\)$/);
      }
    },
  );

  it.skipIf(skip || name !== "PostgreSQL")(
    "PostgreSQL scans no issue_sends sequentially, fresh after the queueing and after ANALYZE",
    async () => {
      for (const analyzed of [false, true]) {
        if (analyzed) await t.db.run(`ANALYZE issue_sends`);
        const lines = [
          ...(await plan(t.db, due("r", 50_100))),
          ...(await plan(t.db, expired("r", NOW + 120_000))),
        ];
        expect(lines.join("\n")).toMatch(/Index (Only )?Scan using issue_sends_status/);
        expect(lines.join("\n")).toMatch(/Index Scan using issue_sends_leases/);
        expect(lines.filter((l) => /Seq Scan on issue_sends/.test(l))).toEqual([]);
      }
    },
  );
});
