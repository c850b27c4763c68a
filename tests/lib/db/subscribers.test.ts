import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  claimDueMail,
  confirmSubscriber,
  createRateLimiter,
  countQueuedMail,
  enqueueMail,
  eraseMailbox,
  findSubscriberByEmail,
  insertPendingSubscriber,
  markMailFailed,
  migrate,
  MIGRATIONS,
  purgeUnconfirmed,
  renewPendingSubscriber,
  streamConfirmedSubscribers,
  type Queryable,
} from "@/lib/db";
import { DIALECTS, type TestDatabase } from "../../helpers/databases";

const signup = (email: string, now = 1_000) => ({
  email,
  topics: ["talous", "verotus"],
  consentVersion: "2026-11-28",
  now,
});

describe.each(DIALECTS)("lib/db on $name", ({ open, skip }) => {
  let t: TestDatabase;
  beforeEach(async () => {
    if (!skip) t = await open();
  });
  afterEach(async () => {
    if (!skip) await t.dispose();
  });

  it.skipIf(skip)("applies each migration once, however often it runs", async () => {
    expect(await migrate(t.db)).toEqual([]);
    const ids = await t.db.all(`SELECT id FROM schema_migrations`);
    expect(ids.map((r) => String(r.id)).sort()).toEqual(MIGRATIONS.map((m) => m.id).sort());
  });

  it.skipIf(skip)("applies a later migration that sorts after the existing ones", async () => {
    const later = {
      id: "0100-extra",
      sqlite: [`CREATE TABLE extra (x INTEGER)`],
      postgres: [`CREATE TABLE extra (x INTEGER)`],
    };
    expect(await migrate(t.db, [later])).toEqual(["0100-extra"]);
    expect(await t.db.run(`INSERT INTO extra (x) VALUES (?)`, [1])).toBe(1);
  });

  it.skipIf(skip)(
    "reports a data step's lines, and undoes the whole migration when it fails",
    async () => {
      const reported: string[] = [];
      const repair = {
        id: "0100-repair",
        sqlite: [`CREATE TABLE repaired (x INTEGER)`],
        postgres: [`CREATE TABLE repaired (x INTEGER)`],
        data: async (tx: Queryable) => [
          `${await tx.run(`INSERT INTO repaired (x) VALUES (1)`)} row`,
        ],
      };
      await migrate(t.db, [repair], { onReport: (id, line) => reported.push(`${id}: ${line}`) });
      expect(reported).toEqual(["0100-repair: 1 row"]);
      const broken = {
        id: "0101-broken",
        sqlite: [`CREATE TABLE half (x INTEGER)`],
        postgres: [`CREATE TABLE half (x INTEGER)`],
        data: async () => {
          throw new Error("repair failed");
        },
      };
      await expect(migrate(t.db, [broken])).rejects.toThrow("repair failed");
      await expect(t.db.all(`SELECT * FROM half`)).rejects.toThrow();
      expect(await migrate(t.db, [repair])).toEqual([]);
    },
  );

  it.skipIf(skip)("keeps one row per address and records the consent", async () => {
    const id = await insertPendingSubscriber(t.db, signup("a@example.fi"));
    expect(id).toBeGreaterThan(0);
    expect(await insertPendingSubscriber(t.db, signup("a@example.fi"))).toBeNull();
    const s = await findSubscriberByEmail(t.db, "a@example.fi");
    expect(s).toMatchObject({ status: "pending", topics: ["talous", "verotus"] });
    expect(s?.consent).toEqual({
      at: 1_000,
      version: "2026-11-28",
      topics: ["talous", "verotus"],
      confirmedAt: null,
    });
  });

  it.skipIf(skip)("renews a pending sign-up only after the quiet period", async () => {
    const id = (await insertPendingSubscriber(t.db, signup("b@example.fi", 1_000)))!;
    const renew = { ...signup("b@example.fi", 2_000), id, mailedBefore: 500 };
    expect(await renewPendingSubscriber(t.db, renew)).toBeNull();
    const version = await renewPendingSubscriber(t.db, { ...renew, mailedBefore: 1_000 });
    expect((await findSubscriberByEmail(t.db, "b@example.fi"))!.tokenVersion).toBe(version);
  });

  it.skipIf(skip)("streams confirmed subscribers page by page in id order", async () => {
    for (let i = 0; i < 7; i++) {
      const id = (await insertPendingSubscriber(t.db, signup(`s${i}@example.fi`)))!;
      if (i !== 3) await confirmSubscriber(t.db, id, 2_000);
    }
    const emails: string[] = [];
    for await (const s of streamConfirmedSubscribers(t.db, 2)) emails.push(s.email);
    expect(emails).toEqual(["s0", "s1", "s2", "s4", "s5", "s6"].map((s) => `${s}@example.fi`));
  });

  it.skipIf(skip)(
    "leases due mail so that a second claim gets nothing until it fails",
    async () => {
      await enqueueMail(t.db, "c@example.fi", "{}", 1_000);
      expect(await claimDueMail(t.db, 1_000)).toHaveLength(1);
      expect(await claimDueMail(t.db, 1_001)).toHaveLength(0);
      const [item] = await claimDueMail(t.db, 1_000 + 31_000);
      await markMailFailed(t.db, item!.id, 200_000, "down");
      expect(await claimDueMail(t.db, 199_999)).toHaveLength(0);
      expect((await claimDueMail(t.db, 200_000))[0]).toMatchObject({ attempts: 1 });
    },
  );

  it.skipIf(skip)("rate-limits per key in the dialect's store", async () => {
    const limiter = await createRateLimiter(t.db, {
      keyPrefix: "test",
      points: 2,
      durationSeconds: 600,
    });
    await limiter.consume("192.0.2.1");
    await limiter.consume("192.0.2.1");
    await expect(limiter.consume("192.0.2.1")).rejects.toMatchObject({ remainingPoints: 0 });
    await expect(limiter.consume("192.0.2.2")).resolves.toMatchObject({ remainingPoints: 1 });
    if (t.db.dialect === "postgres") {
      const row = await t.db.get(`SELECT COUNT(*) AS n FROM rate_limits`);
      expect(Number(row?.n)).toBe(2);
    }
  });

  it.skipIf(skip)(
    "erases a subscriber together with the mail queued to any spelling of the address",
    async () => {
      await insertPendingSubscriber(t.db, signup("Dora@example.fi"));
      await enqueueMail(t.db, "Dora@example.fi", "{}", 1_000);
      await enqueueMail(t.db, "DORA@example.fi", "{}", 1_000);
      await enqueueMail(t.db, "toinen@example.fi", "{}", 1_000);
      expect(await eraseMailbox(t.db, " dora@EXAMPLE.fi", 2_000)).toBe(true);
      expect(await findSubscriberByEmail(t.db, "Dora@example.fi")).toBeUndefined();
      expect(await countQueuedMail(t.db)).toBe(1);
      expect(await eraseMailbox(t.db, "dora@example.fi", 3_000)).toBe(false);
    },
  );

  it.skipIf(skip)("purges only pending sign-ups older than the cut-off", async () => {
    await insertPendingSubscriber(t.db, signup("old@example.fi", 1_000));
    await insertPendingSubscriber(t.db, signup("new@example.fi", 5_000));
    const kept = (await insertPendingSubscriber(t.db, signup("kept@example.fi", 1_000)))!;
    await confirmSubscriber(t.db, kept, 1_500);
    expect(await purgeUnconfirmed(t.db, 2_000)).toBe(1);
    expect(await findSubscriberByEmail(t.db, "old@example.fi")).toBeUndefined();
    expect(await findSubscriberByEmail(t.db, "kept@example.fi")).toBeDefined();
  });
});
