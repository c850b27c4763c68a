import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { findSuppression, listBounceEvents, recordBounceEvent, suppressAddress } from "@/lib/db";
import {
  eraseSubscriberData,
  exportSubscriber,
  purgeOldBounceEvents,
} from "@/lib/subscription/privacy";
import { DIALECTS, type TestDatabase } from "@/tests/helpers/databases";
import { addConfirmedSubscriber } from "@/tests/helpers/issue-send";
import { tempJournal } from "@/tests/helpers/erasure-journal";

const DAY_MS = 24 * 60 * 60_000;
const NOW = Date.parse("2024-01-01T00:00:00Z");

describe.each(DIALECTS)("bounce events and privacy on $name", ({ open, skip }) => {
  let t: TestDatabase;
  beforeEach(async () => {
    if (!skip) t = await open();
  });
  afterEach(async () => {
    if (!skip) await t.dispose();
  });

  const event = (key: string, at: number) =>
    recordBounceEvent(t.db, {
      key,
      email: "Liisa@example.fi",
      at,
      kind: "soft",
      source: "dsn",
      statusCode: "4.2.2",
      diagnostic: "452 4.2.2 <Liisa@example.fi>: Mailbox full\r\n  and a very long tail ".repeat(9),
      issueDate: "2023-12-01",
    });

  it.skipIf(skip)(
    "keeps only date, kind, code and a short diagnostic, shows them in the export and deletes them after 90 days",
    async () => {
      await addConfirmedSubscriber(t.db, "Liisa@example.fi", ["verotus"]);
      await event("old", NOW - 91 * DAY_MS);
      await event("new", NOW - 89 * DAY_MS);
      const exported = await exportSubscriber(t.db, "Liisa@example.fi", NOW);
      expect(exported?.deliverability.bounceEvents).toHaveLength(2);
      const [first] = exported!.deliverability.bounceEvents;
      expect(Object.keys(first!).sort()).toEqual(
        ["at", "diagnostic", "issueDate", "kind", "source", "statusCode"].sort(),
      );
      expect(first!.diagnostic!.length).toBeLessThanOrEqual(200);
      expect(await purgeOldBounceEvents(t.db, NOW)).toBe(1);
      expect(await listBounceEvents(t.db, "Liisa@example.fi")).toEqual([
        expect.objectContaining({ at: NOW - 89 * DAY_MS }),
      ]);
    },
  );

  it.skipIf(skip)("erases bounce events and the suppression with the subscriber", async () => {
    await addConfirmedSubscriber(t.db, "Liisa@example.fi", ["verotus"]);
    await event("e", NOW);
    const s = { since: NOW, until: null, statusCode: "5.1.1" };
    await suppressAddress(t.db, { ...s, email: "Liisa@example.fi", reason: "hard-bounce" });
    const erased = await eraseSubscriberData(t.db, "Liisa@example.fi", { journal: tempJournal() });
    expect(erased).toBe(true);
    expect(await listBounceEvents(t.db, "Liisa@example.fi")).toEqual([]);
    expect(await findSuppression(t.db, "Liisa@example.fi", NOW)).toBeNull();
    expect(await exportSubscriber(t.db, "Liisa@example.fi", NOW)).toBeNull();
  });
});
