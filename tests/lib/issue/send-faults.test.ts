import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { countIssueSends } from "@/lib/db";
import { sendIssue } from "@/lib/issue/send-issue";
import { makeArticle } from "@/tests/fixtures/articles";
import { DIALECTS, type TestDatabase } from "@/tests/helpers/databases";
import { addConfirmedSubscriber, sendDeps, smtpTransport } from "@/tests/helpers/issue-send";
import { FAULTS_OF_OURS } from "@/tests/helpers/relay-faults";
import { startSmtpServer } from "@/tests/helpers/smtp";

const DAY = "2023-10-02";
const articles = [makeArticle({ title: "Verottaja ohjeisti", date: DAY, topics: ["verotus"] })];
const READERS = Array.from({ length: 6 }, (_, i) => `lukija${i}@example.fi`);

describe.each(DIALECTS)("a fault of ours during send on $name", ({ open, skip }) => {
  let t: TestDatabase;
  let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
  beforeEach(async () => {
    if (skip) return;
    t = await open();
    smtp = await startSmtpServer();
    for (const email of READERS) await addConfirmedSubscriber(t.db, email, ["verotus"]);
  });
  afterEach(async () => {
    if (skip) return;
    await smtp.close();
    await t.dispose();
  });

  const send = async () => {
    const transport = smtpTransport(smtp.authUrl);
    try {
      return await sendIssue(DAY, sendDeps(t.db, transport, articles));
    } finally {
      transport.close();
    }
  };
  const copies = () => {
    const n = new Map<string, number>();
    for (const to of smtp.received.flatMap((m) => m.to)) n.set(to, (n.get(to) ?? 0) + 1);
    return n;
  };
  const suppressed = async () =>
    (await t.db.all(`SELECT email FROM suppressions`)).length +
    (await t.db.all(`SELECT id FROM bounce_events WHERE kind = 'hard'`)).length;

  it.skipIf(skip).each(FAULTS_OF_OURS)(
    "$name stops the run and suppresses nobody; after the fix every reader has one copy",
    async ({ stage, reply, after }) => {
      smtp.setFault(stage, reply, after);
      const stopped = await send();
      expect(stopped).toMatchObject({ kind: "sent", failed: 0 });
      expect(stopped.kind === "sent" && stopped.stopped?.outcome).toBe("ours");
      expect(stopped.kind === "sent" && stopped.stopped?.summary).toContain(
        `${reply.code} ${reply.text}`,
      );
      expect(await suppressed()).toBe(0);
      const log = await countIssueSends(t.db, DAY);
      expect(log).toMatchObject({ sending: 0, failed: 0, pending: READERS.length - log.sent });
      // What arrived is what the log says was sent: the rest waits, claimed by nobody.
      expect(smtp.received).toHaveLength(log.sent);
      expect(log.sent).toBeGreaterThanOrEqual(after);
      expect(log.sent).toBeLessThan(READERS.length);

      smtp.setFault(stage, undefined);
      const fixed = await send();
      expect(fixed).toMatchObject({ failed: 0, deferred: 0, remaining: 0 });
      expect(fixed.kind === "sent" && fixed.stopped).toBeUndefined();
      expect([...copies()].sort()).toEqual(READERS.map((r) => [r, 1]));
      expect(await suppressed()).toBe(0);
    },
  );

  it.skipIf(skip)(
    "suppresses only the readers whose mailbox is gone, and finishes the rest",
    async () => {
      const gone = await startSmtpServer({
        refuse: { "lukija2@example.fi": { code: 550, status: "5.1.1" } },
      });
      smtp.close();
      smtp = gone;
      const result = await send();
      expect(result).toMatchObject({ sent: 5, failed: 1, deferred: 0, remaining: 0 });
      expect(result.kind === "sent" && result.stopped).toBeUndefined();
      const rows = await t.db.all(`SELECT email, reason, status_code FROM suppressions`);
      expect(rows).toEqual([
        { email: "lukija2@example.fi", reason: "hard-bounce", status_code: "5.1.1" },
      ]);
    },
  );
});
