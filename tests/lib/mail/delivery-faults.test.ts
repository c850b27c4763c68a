import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { POST as subscribe } from "@/app/api/newsletter/subscribe/route";
import { countQueuedMail, findSubscriberByEmail } from "@/lib/db";
import { createMailTransport, type MailTransport } from "@/lib/mail";
import { startDeliveryLoop, type DeliveryLoop } from "@/lib/server/delivery-loop";
import { DIALECTS, type TestDatabase } from "@/tests/helpers/databases";
import { formPost, startHarness } from "@/tests/helpers/newsletter-harness";
import { FAULTS_OF_OURS } from "@/tests/helpers/relay-faults";

const READERS = ["anna@example.fi", "bertta@example.fi", "cecilia@example.fi"];
const MINUTE = 60_000;

describe.each(DIALECTS)("the delivery loop against a fault of ours on $name", ({ open, skip }) => {
  let t: TestDatabase;
  let h: Awaited<ReturnType<typeof startHarness>>;
  let transport: MailTransport;
  let loop: DeliveryLoop | undefined;
  const errors: string[] = [];
  beforeEach(async () => {
    if (skip) return;
    t = await open();
    h = await startHarness(t);
    transport = createMailTransport({
      from: "Uutiskirje <uutiskirje@uutiskirje.example>",
      smtpUrl: h.smtp.authUrl,
      outboxDir: "unused",
    });
    errors.length = 0;
  });
  afterEach(async () => {
    if (skip) return;
    await loop?.stop();
    transport.close();
    await h.stop();
    await t.dispose();
  });

  const tick = () => new Promise((resolve) => setTimeout(resolve, 15));
  const log = {
    info: () => undefined,
    warn: () => undefined,
    error: (m: string) => errors.push(m),
  };
  const start = () =>
    (loop = startDeliveryLoop({ db: t.db, transport, clock: h.deps.clock, log }, 2));
  // Moves the clock on in steps of `stepMs`, letting the loop run between them, until `done`.
  async function advanceUntil(
    done: () => Promise<boolean> | boolean,
    stepMs: number,
    maxMs: number,
  ) {
    for (let moved = 0; moved <= maxMs; moved += stepMs) {
      await tick();
      if (await done()) return moved;
      h.advance(stepMs);
    }
    throw new Error(`not done within ${maxMs} ms of clock time`);
  }
  async function advanceFor(ms: number, stepMs: number) {
    for (let moved = 0; moved < ms; moved += stepMs) {
      await tick();
      h.advance(stepMs);
    }
  }
  const signUpAll = async () => {
    for (const email of READERS)
      await subscribe(formPost("/api/newsletter/subscribe", { email, topics: ["talous"] }));
  };
  const copies = () => READERS.map((r) => h.smtp.received.filter((m) => m.to.includes(r)).length);
  // Every reader has a copy and the outbox knows it (the row goes once the server said 250).
  const delivered = async () =>
    copies().every((n) => n === 1) && (await countQueuedMail(t.db)) === 0;
  const suppressions = async () => (await t.db.all(`SELECT email FROM suppressions`)).length;

  it.skipIf(skip).each(FAULTS_OF_OURS)(
    "$name keeps every mail queued and suppresses nobody; after a short outage the mail goes out within 2 minutes of the fix",
    async ({ stage, reply }) => {
      h.smtp.setFault(stage, reply);
      await signUpAll();
      start();
      await advanceUntil(() => errors.length > 0, 1000, MINUTE);
      expect(errors[0]).toContain(`${reply.code} ${reply.text}`);
      expect(await countQueuedMail(t.db)).toBe(READERS.length);
      expect(await suppressions()).toBe(0);
      for (const email of READERS) expect(await findSubscriberByEmail(t.db, email)).toBeDefined();

      // The relay stays down for another 40 seconds, then is fixed.
      await advanceFor(40_000, 5000);
      h.smtp.setFault(stage, undefined);
      const afterFix = await advanceUntil(delivered, 1000, 5 * MINUTE);
      expect(afterFix).toBeLessThanOrEqual(2 * MINUTE);
      expect(copies()).toEqual([1, 1, 1]);
      expect(await countQueuedMail(t.db)).toBe(0);
      expect(await suppressions()).toBe(0);
    },
  );

  it.skipIf(skip)(
    "after an outage of hours the queued mail goes out within 5 minutes of the fix, each once",
    async () => {
      h.smtp.setFault("auth", { code: 535, text: "5.7.8 Authentication credentials invalid" });
      await signUpAll();
      start();
      await advanceFor(3 * 60 * MINUTE, MINUTE);
      // One probe per pause (30 s doubling to 5 minutes): at most about 40 in three hours,
      // not one per tick of the loop (180 here).
      expect(errors.length).toBeGreaterThan(10);
      expect(errors.length).toBeLessThan(60);
      h.smtp.setFault("auth", undefined);
      const afterFix = await advanceUntil(delivered, 5000, 10 * MINUTE);
      expect(afterFix).toBeLessThanOrEqual(5 * MINUTE);
      expect(copies()).toEqual([1, 1, 1]);
      expect(await suppressions()).toBe(0);
    },
  );
});
