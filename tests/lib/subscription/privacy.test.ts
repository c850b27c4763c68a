import fs from "node:fs";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { confirmSubscriber, findSubscriberByEmail, insertPendingSubscriber } from "@/lib/db";
import {
  eraseSubscriberData,
  exportSubscriber,
  purgeStaleSignups,
} from "@/lib/subscription/privacy";
import { sqliteTestDatabase, type TestDatabase } from "../../helpers/databases";
import { tempJournal } from "@/tests/helpers/erasure-journal";

const DAY = 24 * 60 * 60_000;
const NOW = Date.UTC(2026, 10, 28);

describe("privacy", () => {
  let t: TestDatabase;
  beforeEach(async () => {
    t = await sqliteTestDatabase();
  });
  afterEach(() => t.dispose());

  it("exports what is stored about an address, consent included", async () => {
    const id = (await insertPendingSubscriber(t.db, {
      email: "vienti@esimerkki.fi",
      topics: ["talous"],
      consentVersion: "v1",
      now: NOW,
    }))!;
    await confirmSubscriber(t.db, id, NOW + 1000);
    expect(await exportSubscriber(t.db, " vienti@ESIMERKKI.fi")).toMatchObject({
      email: "vienti@esimerkki.fi",
      status: "confirmed",
      topics: ["talous"],
      consent: {
        givenAt: "2026-11-28T00:00:00.000Z",
        wordingVersion: "v1",
        topicsChosen: ["talous"],
        confirmedAt: "2026-11-28T00:00:01.000Z",
        source: "form",
        importedAt: null,
      },
    });
  });

  it("erases an address so that no copy remains in the SQLite file", async () => {
    const email = "poistettava.henkilo@esimerkki.fi";
    await insertPendingSubscriber(t.db, {
      email,
      topics: ["talous"],
      consentVersion: "v1",
      now: NOW,
    });
    expect(await eraseSubscriberData(t.db, email, { journal: tempJournal() })).toBe(true);
    const file = t.url.slice("file:".length);
    const bytes = Buffer.concat([
      fs.readFileSync(file),
      fs.existsSync(`${file}-wal`) ? fs.readFileSync(`${file}-wal`) : Buffer.alloc(0),
    ]);
    expect(bytes.includes(Buffer.from("poistettava.henkilo"))).toBe(false);
    expect(await exportSubscriber(t.db, email)).toBeNull();
  });

  it("purges sign-ups left unconfirmed for 30 days, and nothing else", async () => {
    await insertPendingSubscriber(t.db, {
      email: "vanha@esimerkki.fi",
      topics: ["talous"],
      consentVersion: "v1",
      now: NOW - 31 * DAY,
    });
    await insertPendingSubscriber(t.db, {
      email: "tuore@esimerkki.fi",
      topics: ["talous"],
      consentVersion: "v1",
      now: NOW - 29 * DAY,
    });
    expect(await purgeStaleSignups(t.db, NOW)).toBe(1);
    expect(await findSubscriberByEmail(t.db, "vanha@esimerkki.fi")).toBeUndefined();
    expect(await findSubscriberByEmail(t.db, "tuore@esimerkki.fi")).toBeDefined();
  });
});
