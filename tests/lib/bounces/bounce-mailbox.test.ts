import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { findSubscriberByEmail, findSuppression, listBounceEvents, recordSentMail } from "@/lib/db";
import { processBounceMailbox, type BounceRunDeps } from "@/lib/bounces/bounce-mailbox";
import { DIALECTS, type TestDatabase } from "@/tests/helpers/databases";
import { dovecotAvailable, startDovecot } from "@/tests/helpers/dovecot";
import { TOKEN_SECRET } from "@/tests/helpers/issue-send";
import {
  addSubscribersWithIds,
  mailboxClient,
  markIssueSent,
  readdress,
  sample,
  sampleSender,
} from "@/tests/helpers/bounce-mailbox";

const DAY = "2023-10-02";
const SENT_AT = Date.parse("2023-10-02T04:00:05Z");
const DAY_MS = 24 * 60 * 60_000;

describe.each(DIALECTS)("npm run newsletter -- bounces on $name", ({ open, skip }) => {
  const off = skip || !dovecotAvailable;
  let t: TestDatabase;
  let imap: Awaited<ReturnType<typeof startDovecot>>;
  let mailbox: Awaited<ReturnType<typeof mailboxClient>>;
  let now: number;
  let errors: string[];
  const run = () => processBounceMailbox(deps());
  const deps = (): BounceRunDeps => ({
    db: t.db,
    imapUrl: imap.url,
    tokenSecret: TOKEN_SECRET,
    clock: () => now,
    log: { info: () => undefined, warn: () => undefined, error: (m: string) => errors.push(m) },
  });
  const suppression = (email: string) => findSuppression(t.db, email, now);

  beforeEach(async () => {
    if (off) return;
    t = await open();
    imap = await startDovecot();
    mailbox = await mailboxClient(imap.url);
    now = Date.parse("2023-10-03T06:00:00Z");
    errors = [];
  });
  afterEach(async () => {
    if (off) return;
    await mailbox.close();
    await imap.stop();
    await t.dispose();
  });

  it.skipIf(off)(
    "suppresses a hard-bounced address at once and files the DSN under Processed",
    async () => {
      await addSubscribersWithIds(t.db, { 1: "olematon@example.fi" }, SENT_AT);
      await markIssueSent(t.db, DAY, [1], SENT_AT);
      await mailbox.deliver(sample("dsn-hard-5.1.1.eml"));
      const result = await run();
      expect(result).toMatchObject({ Processed: 1, Ignored: 0, Quarantine: 0, failed: 0 });
      expect(await suppression("olematon@example.fi")).toMatchObject({
        reason: "hard-bounce",
        statusCode: "5.1.1",
      });
      expect(await listBounceEvents(t.db, "olematon@example.fi")).toEqual([
        expect.objectContaining({ kind: "hard", source: "dsn", statusCode: "5.1.1" }),
      ]);
      expect(await mailbox.count("INBOX")).toBe(0);
      expect(await mailbox.count("Processed")).toBe(1);
    },
  );

  it.skipIf(off)(
    "unsubscribes a reader who complained, found by the VERP token or by the original's headers",
    async () => {
      await addSubscribersWithIds(
        t.db,
        { 6: "valittaja@example.fi", 7: "toinen@example.fi" },
        SENT_AT,
      );
      await markIssueSent(t.db, DAY, [6, 7], SENT_AT);
      await mailbox.deliver(
        sample("arf-abuse-with-token.eml"),
        sample("arf-abuse-token-stripped.eml"),
      );
      expect(await run()).toMatchObject({ Processed: 2 });
      for (const email of ["valittaja@example.fi", "toinen@example.fi"]) {
        expect(await findSubscriberByEmail(t.db, email)).toMatchObject({ status: "unsubscribed" });
        expect(await suppression(email)).toMatchObject({ reason: "complaint" });
      }
    },
  );

  it.skipIf(off)(
    "changes nothing for a forged bounce, a mail never sent, or a token naming another reader",
    async () => {
      await addSubscribersWithIds(t.db, { 1: "joku.muu@example.fi", 2: "taynna@example.fi" }, 0);
      await markIssueSent(t.db, DAY, [1], SENT_AT);
      const hard = sample("dsn-hard-5.1.1.eml");
      const token = sampleSender(1).match(/-([0-9a-f]{20})@/)![1]!;
      const forged = hard
        .split(token)
        .join("0".repeat(20))
        .replace(/^Message-Id: <[^>]+>/im, "Message-Id: <forged@x>");
      // Subscriber 2 was never sent the issue of the 2nd: a bounce "of" it is not ours.
      const neverSent = readdress(hard, 1, { kind: "issue", day: DAY, subscriberId: 2 }, "ns");
      await mailbox.deliver(hard, forged, neverSent);
      expect(await run()).toMatchObject({ Processed: 0, Ignored: 3 });
      expect(await suppression("olematon@example.fi")).toBeNull();
      expect(await suppression("joku.muu@example.fi")).toBeNull();
      expect(await suppression("taynna@example.fi")).toBeNull();
      expect(await listBounceEvents(t.db, "joku.muu@example.fi")).toEqual([]);
    },
  );

  it.skipIf(off)(
    "suppresses a forwarded reader whose forward's target is gone, matched by Original-Recipient",
    async () => {
      await addSubscribersWithIds(t.db, { 1: "lukija@example.fi" }, SENT_AT);
      await markIssueSent(t.db, DAY, [1], SENT_AT);
      // lukija@example.fi forwards to olematon@example.fi, which no longer exists.
      const forwarded = sample("dsn-hard-5.1.1.eml").replace(
        "Original-Recipient: rfc822;olematon@example.fi",
        "Original-Recipient: rfc822;lukija@example.fi",
      );
      await mailbox.deliver(forwarded);
      expect(await run()).toMatchObject({ Processed: 1 });
      expect(await suppression("lukija@example.fi")).toMatchObject({ reason: "hard-bounce" });
    },
  );

  it.skipIf(off)("suppresses nobody for a DSN that blames our sender address (5.1.8)", async () => {
    await addSubscribersWithIds(t.db, { 1: "olematon@example.fi" }, SENT_AT);
    await markIssueSent(t.db, DAY, [1], SENT_AT);
    await mailbox.deliver(sample("dsn-hard-5.1.1.eml").replace("Status: 5.1.1", "Status: 5.1.8"));
    expect(await run()).toMatchObject({ Processed: 1 });
    expect(await suppression("olematon@example.fi")).toBeNull();
    expect(errors.join("\n")).toMatch(/ON OUR SIDE: 5\.1\.8.*sender address/);
  });

  it.skipIf(off)(
    "quarantines a report it cannot read that was sent to a genuine VERP address, and ignores one that was not",
    async () => {
      await addSubscribersWithIds(t.db, { 1: "olematon@example.fi" }, SENT_AT);
      await markIssueSent(t.db, DAY, [1], SENT_AT);
      // An old MTA's plain-text bounce: no multipart/report to read.
      const plain = (to: string, id: string) =>
        [
          "From: MAILER-DAEMON@vanha.example",
          `To: ${to}`,
          "Subject: failure notice",
          `Message-ID: <${id}@vanha.example>`,
          "",
          "Hi. This is the qmail-send program. I could not deliver your message.",
          "<olematon@example.fi>: Sorry, no mailbox here by that name. (#5.1.1)",
        ].join("\r\n");
      await mailbox.deliver(plain(sampleSender(1), "a"), plain("someone@example.net", "b"));
      expect(await run()).toMatchObject({ Quarantine: 1, Ignored: 1, Processed: 0 });
      expect(await suppression("olematon@example.fi")).toBeNull();
    },
  );

  it.skipIf(off)(
    "suppresses after transient bounces on three different issue days within 30 days, for 60 days",
    async () => {
      await addSubscribersWithIds(t.db, { 2: "taynna@example.fi" }, 0);
      const days = ["2023-10-02", "2023-10-03", "2023-10-04"];
      const transient = sample("dsn-transient-4.2.2.eml");
      for (const [i, day] of days.entries()) {
        await markIssueSent(t.db, day, [2], SENT_AT + i * DAY_MS);
        // Two bounces of the same day count as one day.
        const ref = { kind: "issue" as const, day, subscriberId: 2 };
        await mailbox.deliver(readdress(transient, 2, ref, `t${i}a`));
        if (i === 0) await mailbox.deliver(readdress(transient, 2, ref, `t${i}b`));
        await run();
        now += DAY_MS;
        if (i < 2) expect(await suppression("taynna@example.fi")).toBeNull();
      }
      const s = await suppression("taynna@example.fi");
      expect(s).toMatchObject({ reason: "soft-bounce", statusCode: "4.2.2" });
      expect(s!.until! - s!.since).toBe(60 * DAY_MS);
      expect(await findSuppression(t.db, "taynna@example.fi", s!.until!)).toBeNull();
      expect(await mailbox.count("Processed")).toBe(4);
    },
  );

  it.skipIf(off)("treats 5.2.2 (mailbox full) as transient, not as a hard bounce", async () => {
    await addSubscribersWithIds(t.db, { 4: "kiintio@example.fi" }, 0);
    await markIssueSent(t.db, DAY, [4], SENT_AT);
    await mailbox.deliver(sample("dsn-quota-5.2.2.eml"));
    await run();
    expect(await suppression("kiintio@example.fi")).toBeNull();
    expect(await listBounceEvents(t.db, "kiintio@example.fi")).toEqual([
      expect.objectContaining({ kind: "soft", statusCode: "5.2.2", issueDate: DAY }),
    ]);
  });

  it.skipIf(off)("suppresses nobody for a 5.7.x refusal and reports it loudly", async () => {
    await addSubscribersWithIds(t.db, { 3: "estetty@example.fi" }, 0);
    await markIssueSent(t.db, DAY, [3], SENT_AT);
    await mailbox.deliver(sample("dsn-policy-5.7.1.eml"));
    await run();
    expect(await suppression("estetty@example.fi")).toBeNull();
    expect(errors.join("\n")).toMatch(/DELIVERABILITY PROBLEM ON OUR SIDE: 5\.7\.1/);
  });

  it.skipIf(off)(
    "ignores delayed DSNs, auto-replies (with Auto-Submitted or a Finnish subject) and read receipts",
    async () => {
      await addSubscribersWithIds(t.db, { 2: "taynna@example.fi" }, 0);
      await markIssueSent(t.db, "2023-10-03", [2], SENT_AT);
      const autoReply = [
        "From: Liisa <liisa@example.fi>",
        `To: ${sampleSender(2)}`,
        "Subject: Automaattinen vastaus: Uutiskirje",
        "Message-ID: <lomalla@example.fi>",
        "",
        "Olen lomalla 9.10. asti.",
      ].join("\r\n");
      const rfc3834 = autoReply
        .replace("Automaattinen vastaus: ", "Re: ")
        .replace("Message-ID: <lomalla", "Auto-Submitted: auto-replied\r\nMessage-ID: <loma2");
      const receipt = [
        "From: liisa@example.fi",
        `To: ${sampleSender(2)}`,
        "Subject: Luettu: Uutiskirje",
        "MIME-Version: 1.0",
        'Content-Type: multipart/report; report-type=disposition-notification; boundary="b"',
        "",
        "--b",
        "Content-Type: text/plain",
        "",
        "Viesti luettiin.",
        "--b",
        "Content-Type: message/disposition-notification",
        "",
        "Final-Recipient: rfc822; liisa@example.fi",
        "Disposition: manual-action/MDN-sent-manually; displayed",
        "--b--",
      ].join("\r\n");
      await mailbox.deliver(sample("dsn-delayed.eml"), autoReply, rfc3834, receipt);
      expect(await run()).toMatchObject({ Processed: 0, Ignored: 4, Quarantine: 0 });
      expect(await listBounceEvents(t.db, "taynna@example.fi")).toEqual([]);
    },
  );

  it.skipIf(off)(
    "quarantines huge, malformed and deeply nested messages and goes on with the rest",
    async () => {
      await addSubscribersWithIds(t.db, { 1: "olematon@example.fi" }, 0);
      await markIssueSent(t.db, DAY, [1], SENT_AT);
      const huge = sample("dsn-hard-5.1.1.eml") + "x".repeat(80).concat("\r\n").repeat(14_000);
      const noBoundary = sample("dsn-hard-5.1.1.eml").replace(/boundary="[^"]+"/, "");
      const nested =
        "From: a@example.net\r\nSubject: sisakkain\r\nMIME-Version: 1.0\r\n" +
        Array.from(
          { length: 200 },
          (_, i) => `Content-Type: multipart/mixed; boundary="n${i}"\r\n\r\n--n${i}\r\n`,
        ).join("") +
        "Content-Type: text/plain\r\n\r\nsyvalla\r\n";
      const garbage = Buffer.from([0, 1, 2, 255, 254, 10, 13, 0, 0, 7]);
      await mailbox.deliver(huge, noBoundary, nested, garbage, sample("dsn-hard-5.1.1.eml"));
      expect(await run()).toMatchObject({ Quarantine: 4, Processed: 1, failed: 0 });
      expect(await mailbox.count("Quarantine")).toBe(4);
      expect(await suppression("olematon@example.fi")).toMatchObject({ reason: "hard-bounce" });
    },
  );

  it.skipIf(off)(
    "acts on the token's reader only in a DSN for several recipients, and reads upper-case and BATV prvs= addresses",
    async () => {
      await addSubscribersWithIds(t.db, { 1: "olematon@example.fi", 5: "kiintio@example.fi" }, 0);
      await markIssueSent(t.db, DAY, [1, 5], SENT_AT);
      // Token of subscriber 5 (kiintio, 5.2.2); olematon's 5.1.1 in the same DSN is not theirs.
      await mailbox.deliver(sample("dsn-two-recipients.eml"));
      await run();
      expect(await suppression("olematon@example.fi")).toBeNull();
      expect(await listBounceEvents(t.db, "kiintio@example.fi")).toHaveLength(1);
      const hard = sample("dsn-hard-5.1.1.eml");
      const upper = hard.split(sampleSender(1)).join(sampleSender(1).toUpperCase());
      const batv = hard
        .split(sampleSender(1))
        .join(`prvs=1234abcdef=${sampleSender(1)}`)
        .replace(/^Message-Id: <[^>]+>/im, "Message-Id: <batv@x>");
      await mailbox.deliver(upper);
      await run();
      expect(await suppression("olematon@example.fi")).toMatchObject({ reason: "hard-bounce" });
      await mailbox.deliver(batv);
      expect(await run()).toMatchObject({ Processed: 1 });
    },
  );

  it.skipIf(off)(
    "removes a pending sign-up whose confirmation bounced, even transiently",
    async () => {
      await addSubscribersWithIds(t.db, { 2: "taynna@example.fi" }, 0);
      await t.db.run(`UPDATE subscribers SET status = 'pending' WHERE id = 2`);
      await recordSentMail(t.db, "o42", 2, SENT_AT);
      const ref = { kind: "outbox" as const, id: 42, subscriberId: 2 };
      await mailbox.deliver(readdress(sample("dsn-transient-4.2.2.eml"), 2, ref, "vahvistus"));
      expect(await run()).toMatchObject({ Processed: 1 });
      expect(await findSubscriberByEmail(t.db, "taynna@example.fi")).toBeUndefined();
    },
  );

  it.skipIf(off)("records each event once when run twice, or twice at once", async () => {
    await addSubscribersWithIds(t.db, { 2: "taynna@example.fi" }, 0);
    await markIssueSent(t.db, DAY, [2], SENT_AT);
    const transient = sample("dsn-transient-4.2.2.eml");
    await mailbox.deliver(transient, transient);
    const [a, b] = await Promise.all([run(), run()]);
    expect(a.Processed + b.Processed).toBe(2);
    expect([a.busy, b.busy].filter(Boolean)).toHaveLength(1);
    await mailbox.deliver(transient);
    await run();
    expect(await listBounceEvents(t.db, "taynna@example.fi")).toHaveLength(1);
    expect(await mailbox.count("Processed")).toBe(3);
  });
});
