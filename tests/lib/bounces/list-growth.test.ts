import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  confirmSubscriber,
  eraseMailbox,
  findSubscriberByEmail,
  insertImportedSubscribers,
  insertPendingSubscriber,
  purgeUnconfirmed,
  recordHardBounce,
  renewPendingSubscriber,
  unsubscribeSubscriber,
  type Db,
} from "@/lib/db";
import { describeListGrowth, getListGrowth } from "@/lib/bounces/list-growth";
import { describeListHealth, getListHealth, listHealthJson } from "@/lib/bounces/list-health";
import { DIALECTS, type TestDatabase } from "@/tests/helpers/databases";

// Thursday 3 December 2026, in ISO week 2026-49 (Monday 30 November).
const NOW = Date.parse("2026-12-03T10:00:00Z");
// Noon, Helsinki, on a day of the week that starts on `monday`, `offset` days in.
const at = (monday: string, offset = 1) =>
  Date.parse(`${monday}T10:00:00Z`) + offset * 24 * 60 * 60_000;

async function signUp(db: Db, email: string, when: number) {
  const record = { email, topics: ["talous"], consentVersion: "testi", now: when };
  return (await insertPendingSubscriber(db, record))!;
}

const hardBounce = (db: Db, email: string, when: number) =>
  recordHardBounce(db, {
    key: `dsn:${email}`,
    email,
    at: when,
    source: "dsn",
    statusCode: "5.1.1",
    diagnostic: null,
    issueDate: null,
  });

describe.each(DIALECTS)("the list's growth by ISO week on $name", ({ open, skip }) => {
  let t: TestDatabase;
  beforeEach(async () => {
    if (!skip) t = await open();
  });
  afterEach(async () => {
    if (!skip) await t.dispose();
  });

  it.skipIf(skip)(
    "counts each change in its Helsinki week, and keeps counting what erasures and purges deleted",
    async () => {
      const db = t.db;
      // Week 45: three sign-ups, two confirmed that week, one the next.
      const [a, b, c] = [
        await signUp(db, "a@example.fi", at("2026-11-02")),
        await signUp(db, "b@example.fi", at("2026-11-02", 2)),
        await signUp(db, "c@example.fi", at("2026-11-02", 3)),
      ];
      await confirmSubscriber(db, a, at("2026-11-02", 2));
      await confirmSubscriber(db, b, at("2026-11-02", 4));
      await confirmSubscriber(db, b, at("2026-11-02", 5)); // a replayed link changes nothing
      // Week 46: c confirms, a leaves by the manage page (twice: one departure).
      await confirmSubscriber(db, c, at("2026-11-09"));
      await unsubscribeSubscriber(db, a, at("2026-11-09", 2));
      await unsubscribeSubscriber(db, a, at("2026-11-09", 3));
      // Week 47: b complains; c's mailbox bounces (twice); a list of two consents and one
      // pending address comes in.
      await unsubscribeSubscriber(db, b, at("2026-11-16"), "complaint");
      await hardBounce(db, "c@example.fi", at("2026-11-16", 2));
      await hardBounce(db, "C@example.fi", at("2026-11-16", 3));
      const imported = (email: string, status: "confirmed" | "pending") => ({
        email,
        topics: ["verotus"],
        status,
        consentAt: at("2026-11-16", 3),
        consentSource: "lista",
        consentVersion: "lista",
        mailed: false,
      });
      await db.transaction((tx) =>
        insertImportedSubscribers(
          tx,
          [
            imported("d@example.fi", "confirmed"),
            imported("e@example.fi", "confirmed"),
            imported("f@example.fi", "pending"),
          ],
          at("2026-11-16", 4),
        ),
      );
      // Week 48: d's data is erased; the pending f is purged (it never joined).
      await eraseMailbox(db, "D@example.fi", at("2026-11-23"));
      await purgeUnconfirmed(db, at("2026-11-23", 40));
      // Week 49: a comes back (a sign-up); a pending reader asking again is the same sign-up.
      const g = await signUp(db, "g@example.fi", at("2026-11-30"));
      for (const [id, email] of [
        [a, "a@example.fi"],
        [g, "g@example.fi"],
      ] as const) {
        const when = at("2026-11-30", 2);
        const renewal = { email, topics: ["talous"], consentVersion: "testi", now: when };
        expect(await renewPendingSubscriber(db, { ...renewal, id, mailedBefore: when })).not.toBe(
          null,
        );
      }
      expect(await findSubscriberByEmail(db, "d@example.fi")).toBeUndefined();
      expect(await findSubscriberByEmail(db, "f@example.fi")).toBeUndefined();

      const growth = await getListGrowth(db, NOW);
      expect(growth.map((w) => w.week)).toEqual([
        "2026-42",
        "2026-43",
        "2026-44",
        "2026-45",
        "2026-46",
        "2026-47",
        "2026-48",
        "2026-49",
      ]);
      const pick = (w: (typeof growth)[number]) => [
        w.signups,
        w.confirmations,
        w.imports,
        w.unsubscribes,
        w.complaints,
        w.hardBounces,
        w.erasures,
        w.net,
      ];
      expect(growth.slice(3).map(pick)).toEqual([
        [3, 2, 0, 0, 0, 0, 0, 2],
        [0, 1, 0, 1, 0, 0, 0, 0],
        [1, 0, 2, 0, 1, 1, 0, 0],
        [0, 0, 0, 0, 0, 0, 1, -1],
        [2, 0, 0, 0, 0, 0, 0, 0],
      ]);
      expect(growth[3]!.confirmationRate).toBeCloseTo(2 / 3);
      expect(growth[0]!.confirmationRate).toBeNull();
      const table = describeListGrowth(growth);
      expect(table[1]).toMatch(/^week\s+sign-ups\s+confirmed\s+rate\s+imported\s+unsubscribed/);
      expect(table.at(-4)).toMatch(/^2026-46\s+0\s+1\s+–\s+0\s+1\s+0\s+0\s+0\s+0$/);
      expect(table.at(-2)).toMatch(/^2026-48 .* -1$/);
      expect(table[5]).toMatch(/^2026-45\s+3\s+2\s+67 %/);
    },
  );

  it.skipIf(skip)("puts a change at 00:30 on Monday, Helsinki time, in the new week", async () => {
    // 2026-11-29 22:30 UTC is Monday 30 November 00:30 in Helsinki (UTC+2).
    await signUp(t.db, "yo@example.fi", Date.parse("2026-11-29T22:30:00Z"));
    await signUp(t.db, "ilta@example.fi", Date.parse("2026-11-29T21:30:00Z"));
    const growth = await getListGrowth(t.db, NOW);
    expect(growth.at(-1)!.signups).toBe(1);
    expect(growth.at(-2)!.signups).toBe(1);
  });

  it.skipIf(skip)(
    "status gives confirmed readers by topic and rhythm, and all of it as one JSON object",
    async () => {
      const weekly = await insertPendingSubscriber(t.db, {
        email: "viikko@example.fi",
        topics: ["verotus", "talous"],
        frequency: "weekly",
        consentVersion: "testi",
        now: at("2026-11-30"),
      });
      await confirmSubscriber(t.db, weekly!, at("2026-11-30"));
      const daily = await signUp(t.db, "paiva@example.fi", at("2026-11-30"));
      await confirmSubscriber(t.db, daily, at("2026-11-30"));
      const health = await getListHealth(t.db, NOW);
      const text = describeListHealth(health).join("\n");
      expect(text).toContain("Confirmed by rhythm: every issue day 1, once a week 1.");
      expect(text).toContain("List growth by ISO week (Helsinki), last 8 weeks:");
      const json = JSON.parse(JSON.stringify(listHealthJson(health, NOW)));
      expect(json).toMatchObject({
        at: "2026-12-03T10:00:00.000Z",
        healthy: true,
        alerts: [],
        subscribers: { confirmed: 2, pending: 0, unsubscribed: 0 },
        confirmedByTopic: { talous: 2, verotus: 1, juridiikka: 0 },
        confirmedByRhythm: { daily: 1, weekly: 1 },
        bounceRate: 0,
        complaintRate: 0,
        thresholds: { complaintRate: 0.001, complaintRateHard: 0.003, bounceRate: 0.02 },
      });
      expect(json.growth).toHaveLength(8);
      expect(json.growth.at(-1)).toMatchObject({ week: "2026-49", signups: 2, net: 2 });
    },
  );
});
