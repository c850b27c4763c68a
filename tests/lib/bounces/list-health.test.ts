import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { enqueueMail, recordBounceEvent, releaseMail, suppressAddress } from "@/lib/db";
import { describeListHealth, getListHealth } from "@/lib/bounces/list-health";
import { DIALECTS, type TestDatabase } from "@/tests/helpers/databases";

const NOW = Date.parse("2023-10-20T06:00:00Z");
const DAY_MS = 24 * 60 * 60_000;

describe.each(DIALECTS)("npm run newsletter -- status on $name", ({ open, skip }) => {
  let t: TestDatabase;
  beforeEach(async () => {
    if (skip) return;
    t = await open();
    // 1000 confirmed readers of "verotus", each sent the issue of 2 October (two statements).
    const at = NOW - 30 * DAY_MS;
    const rows = Array.from(
      { length: 1000 },
      (_, i) =>
        `('lukija${i + 1}@example.fi', 'lukija${i + 1}@example.fi', 'confirmed', 'verotus', ${at}, 'testi', 'verotus', ${at}, ${at})`,
    );
    await t.db.run(
      `INSERT INTO subscribers (email, email_key, status, topics, consent_at, consent_version,
         consent_topics, created_at, updated_at) VALUES ${rows.join(", ")}`,
    );
    await t.db.run(
      `INSERT INTO issue_sends (issue_date, subscriber_id, status, sent_at)
       SELECT '2023-10-02', id, 'sent', ? FROM subscribers`,
      [NOW - 18 * DAY_MS],
    );
  });
  afterEach(async () => {
    if (!skip) await t.dispose();
  });

  const event = (n: number, kind: "hard" | "complaint", at = NOW - DAY_MS) =>
    recordBounceEvent(t.db, {
      key: `${kind}-${n}-${at}`,
      email: `lukija${n}@example.fi`,
      at,
      kind,
      source: kind === "hard" ? "dsn" : "arf",
      statusCode: kind === "hard" ? "5.1.1" : null,
      diagnostic: null,
      issueDate: "2023-10-02",
    });

  it.skipIf(skip)("reports subscribers, the last issue, the outbox and healthy rates", async () => {
    await enqueueMail(t.db, "uusi@example.fi", "{}", NOW);
    await event(1, "hard");
    await suppressAddress(t.db, {
      email: "lukija1@example.fi",
      reason: "hard-bounce",
      since: NOW,
      until: null,
      statusCode: "5.1.1",
    });
    const health = await getListHealth(t.db, NOW);
    expect(health.alerts).toEqual([]);
    const text = describeListHealth(health).join("\n");
    expect(text).toContain("Subscribers: 1000 confirmed, 0 pending, 0 unsubscribed.");
    expect(text).toContain("verotus 1000");
    expect(text).toContain("Suppressed: 1 hard bounce, 0 soft bounce, 0 complaint.");
    expect(text).toContain("Last issue 2023-10-02: 1000 sent, 0 skipped, 0 failed");
    expect(text).toContain("Outbox: 1 mails waiting.");
    expect(text).toContain("Bounce rate 0.10 %");
    expect(text).toContain("Within every threshold.");
  });

  it.skipIf(skip)(
    "raises an alert when complaints reach the 0.1 % Gmail/Yahoo target or bounces 2 %",
    async () => {
      await event(1, "complaint");
      expect((await getListHealth(t.db, NOW)).alerts).toEqual([
        "complaint rate 0.10 % at or over the 0.10 % Gmail/Yahoo target",
      ]);
      for (let n = 2; n <= 3; n++) await event(n, "complaint");
      for (let n = 10; n < 30; n++) await event(n, "hard");
      expect((await getListHealth(t.db, NOW)).alerts).toEqual([
        "complaint rate 0.30 % at or over Gmail's 0.30 % limit",
        "bounce rate 2.00 % at or over 2.00 %",
      ]);
    },
  );

  it.skipIf(skip)(
    "raises an alert when queued mail has waited over 15 minutes, with its last error",
    async () => {
      const id = await enqueueMail(t.db, "uusi@example.fi", "{}", NOW - 15 * 60_000);
      expect((await getListHealth(t.db, NOW)).alerts).toEqual([]);
      await releaseMail(t.db, [id], "the mail server refused our login (535 5.7.8 …)");
      expect((await getListHealth(t.db, NOW + 60_000)).alerts).toEqual([
        "mail stuck: the oldest queued mail has waited 16 min; last error: the mail server refused our login (535 5.7.8 …)",
      ]);
    },
  );

  it.skipIf(skip)("counts only the last 30 days", async () => {
    for (let n = 1; n <= 5; n++) await event(n, "complaint", NOW - 31 * DAY_MS);
    const health = await getListHealth(t.db, NOW);
    expect(health.events.complaint).toBe(0);
    expect(health.alerts).toEqual([]);
  });
});
