import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { POST as manage } from "@/app/api/newsletter/manage/route";
import { POST as subscribe } from "@/app/api/newsletter/subscribe/route";
import {
  countQueuedMail,
  findSubscriberByEmail,
  findSuppression,
  suppressAddress,
  unsubscribeSubscriber,
} from "@/lib/db";
import { sendIssue } from "@/lib/issue/send-issue";
import { exportSubscriber } from "@/lib/subscription/privacy";
import { makeArticle } from "@/tests/fixtures/articles";
import { DIALECTS, type TestDatabase } from "@/tests/helpers/databases";
import { addConfirmedSubscriber, sendDeps, smtpTransport } from "@/tests/helpers/issue-send";
import { formPost, SITE, startHarness } from "@/tests/helpers/newsletter-harness";
import { linksIn, startSmtpServer } from "@/tests/helpers/smtp";

const DAY = "2023-10-02";
const articles = [makeArticle({ title: "Verottaja ohjeisti", date: DAY, topics: ["verotus"] })];
const signUp = (email: string) =>
  subscribe(formPost("/api/newsletter/subscribe", { email, topics: ["verotus"] }));
type Harness = Awaited<ReturnType<typeof startHarness>>;

describe.each(DIALECTS)("suppression in the send path on $name", ({ open, skip }) => {
  let t: TestDatabase;
  let h: Harness;
  beforeEach(async () => {
    if (skip) return;
    t = await open();
    h = await startHarness(t, {
      refuse: { "eioleolemassa@example.fi": { code: 550, status: "5.1.1" } },
    });
  });
  afterEach(async () => {
    if (skip) return;
    await h.stop();
    await t.dispose();
  });

  async function sendTheIssue() {
    const smtp = await startSmtpServer();
    const transport = smtpTransport(smtp.url);
    const result = await sendIssue(DAY, sendDeps(t.db, transport, articles));
    transport.close();
    await smtp.close();
    return { result, to: smtp.received.flatMap((m) => m.to) };
  }

  it.skipIf(skip)(
    "records a refusal of the confirmation naming the mailbox gone (5.1.1) as a hard bounce: the sign-up goes, and no mail follows a new one",
    async () => {
      const fresh = await signUp("eioleolemassa@example.fi");
      expect(await h.deliver()).toEqual({ sent: 0, failed: 1 });
      expect(await findSubscriberByEmail(t.db, "eioleolemassa@example.fi")).toBeUndefined();
      expect(await findSuppression(t.db, "EiOleOlemassa@example.fi", h.deps.clock())).toMatchObject(
        { reason: "hard-bounce", statusCode: "5.1.1", until: null },
      );
      h.advance(24 * 60 * 60_000);
      const again = await signUp("eioleolemassa@example.fi");
      // Same answer as for any address: the form tells nobody what we know about it.
      expect(again.status).toBe(fresh.status);
      expect(again.headers.get("location")).toBe(fresh.headers.get("location"));
      expect(await countQueuedMail(t.db)).toBe(0);
      expect(await findSubscriberByEmail(t.db, "eioleolemassa@example.fi")).toBeUndefined();
      const exported = await exportSubscriber(t.db, "eioleolemassa@example.fi", h.deps.clock());
      expect(exported?.deliverability.bounceEvents).toEqual([
        expect.objectContaining({ kind: "hard", source: "smtp", statusCode: "5.1.1" }),
      ]);
    },
  );

  it.skipIf(skip)(
    "skips suppressed and complained addresses in the issue, with the reason in the send log",
    async () => {
      const now = Date.parse("2023-10-02T04:00:00Z");
      await addConfirmedSubscriber(t.db, "kunnossa@example.fi", ["verotus"]);
      await addConfirmedSubscriber(t.db, "kuollut@example.fi", ["verotus"]);
      await addConfirmedSubscriber(t.db, "taynna@example.fi", ["verotus"]);
      const valittaja = await addConfirmedSubscriber(t.db, "valittaja@example.fi", ["verotus"]);
      const base = { since: now - 1000, statusCode: null };
      await suppressAddress(t.db, {
        ...base,
        email: "kuollut@example.fi",
        reason: "hard-bounce",
        until: null,
      });
      await suppressAddress(t.db, {
        ...base,
        email: "taynna@example.fi",
        reason: "soft-bounce",
        until: now + 1000,
      });
      await suppressAddress(t.db, {
        ...base,
        email: "valittaja@example.fi",
        reason: "complaint",
        until: null,
      });
      await unsubscribeSubscriber(t.db, valittaja, now);
      const { result, to } = await sendTheIssue();
      expect(to).toEqual(["kunnossa@example.fi"]);
      expect(result).toMatchObject({ sent: 1, skipped: 2 });
      const log = await t.db.all(
        `SELECT s.email, l.status, l.last_error FROM issue_sends l
         JOIN subscribers s ON s.id = l.subscriber_id ORDER BY s.email`,
      );
      expect(log).toEqual([
        { email: "kunnossa@example.fi", status: "sent", last_error: null },
        { email: "kuollut@example.fi", status: "skipped", last_error: "suppressed: hard-bounce" },
        { email: "taynna@example.fi", status: "skipped", last_error: "suppressed: soft-bounce" },
      ]);
    },
  );

  it.skipIf(skip)(
    "keeps a soft-bounced reader confirmed whoever signs the address up again; only the reader's own click resumes the issue",
    async () => {
      await addConfirmedSubscriber(t.db, "taynna@example.fi", ["verotus"]);
      const now = h.deps.clock();
      await suppressAddress(t.db, {
        email: "taynna@example.fi",
        reason: "soft-bounce",
        since: now,
        until: now + 60 * 24 * 60 * 60_000,
        statusCode: "4.2.2",
      });
      const stranger = await signUp("uusi.osoite@example.fi");
      const again = await signUp("TAYNNA@Example.fi");
      // The form answers exactly as for anyone: it tells nobody who is subscribed.
      expect(again.status).toBe(stranger.status);
      expect(again.headers.get("location")).toBe(stranger.headers.get("location"));
      expect(await findSubscriberByEmail(t.db, "taynna@example.fi")).toMatchObject({
        status: "confirmed",
        topics: ["verotus"],
      });
      expect(await findSuppression(t.db, "taynna@example.fi", now)).toMatchObject({
        reason: "soft-bounce",
      });
      await h.deliver();
      const mail = h.smtp.received.find((m) => m.to.includes("taynna@example.fi"))!;
      expect(mail.text).toContain("Olet jo uutiskirjeen tilaaja");
      expect(mail.text).toContain("lähettäminen tähän osoitteeseen on keskeytetty");
      expect((await sendTheIssue()).to).toEqual([]);

      const link = linksIn(mail.raw).find((l) => l.includes("/uutiskirje/asetukset"))!;
      const token = new URL(link, SITE).searchParams.get("token")!;
      const resumed = await manage(formPost("/api/newsletter/manage", { token, action: "jatka" }));
      expect(resumed.status).toBe(303);
      expect(resumed.headers.get("location")).toContain("tila=jatkuu");
      expect(await findSuppression(t.db, "taynna@example.fi", now)).toBeNull();
      await t.db.run(`DELETE FROM issue_sends`);
      expect((await sendTheIssue()).to).toEqual(["taynna@example.fi"]);
    },
  );

  it.skipIf(skip)(
    "records a refusal of the issue naming the mailbox gone (5.1.1) as a hard bounce: no later issue",
    async () => {
      await addConfirmedSubscriber(t.db, "eioleolemassa@example.fi", ["verotus"]);
      const smtp = await startSmtpServer({
        refuse: { "eioleolemassa@example.fi": { code: 550, status: "5.1.1" } },
      });
      const transport = smtpTransport(smtp.url);
      const first = await sendIssue(DAY, sendDeps(t.db, transport, articles));
      transport.close();
      await smtp.close();
      expect(first).toMatchObject({ failed: 1 });
      expect(await findSuppression(t.db, "eioleolemassa@example.fi", Date.now())).toMatchObject({
        reason: "hard-bounce",
      });
      const next = await sendIssue("2023-10-03", {
        ...sendDeps(t.db, smtpTransport(h.smtp.url), [
          makeArticle({ title: "Uusi", date: "2023-10-03", topics: ["verotus"] }),
        ]),
      });
      expect(next).toMatchObject({ sent: 0, skipped: 1 });
    },
  );

  it.skipIf(skip)(
    "drops mail queued before the address hard-bounced instead of sending it",
    async () => {
      await signUp("myohassa@example.fi");
      await suppressAddress(t.db, {
        email: "myohassa@example.fi",
        reason: "hard-bounce",
        since: h.deps.clock(),
        until: null,
        statusCode: "5.1.1",
      });
      expect(await h.deliver()).toEqual({ sent: 0, failed: 0 });
      expect(h.smtp.received).toEqual([]);
      expect(await countQueuedMail(t.db)).toBe(0);
    },
  );

  it.skipIf(skip)("never weakens a hard bounce into a soft one", async () => {
    const s = { email: "x@example.fi", since: 1, statusCode: null };
    await suppressAddress(t.db, { ...s, reason: "hard-bounce", until: null });
    await suppressAddress(t.db, { ...s, reason: "soft-bounce", until: 10 });
    expect(await findSuppression(t.db, "x@example.fi", 100)).toMatchObject({
      reason: "hard-bounce",
    });
  });
});
