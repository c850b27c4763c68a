import { generateKeyPairSync } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { simpleParser } from "mailparser";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { countIssueSends, findSubscriberByEmail, type Db } from "@/lib/db";
import { sendIssue } from "@/lib/issue/send-issue";
import { testSendIssue, type TestSendDeps } from "@/lib/issue/test-send";
import { createMailTransport, type MailTransport } from "@/lib/mail/transport";
import { makeArticle } from "@/tests/fixtures/articles";
import { DIALECTS, type TestDatabase } from "@/tests/helpers/databases";
import { verifyDkim } from "@/tests/helpers/dkim-verify";
import {
  addConfirmedSubscriber,
  MAIL_FROM,
  NOW,
  sendDeps,
  SITE_URL,
  TOKEN_SECRET,
} from "@/tests/helpers/issue-send";
import { startSmtpServer, type ReceivedMail } from "@/tests/helpers/smtp";

const DAY = "2023-10-02";
const articles = [
  makeArticle({ title: "Hovioikeus linjasi", date: "2023-10-01", topics: ["rikosoikeus"] }),
  makeArticle({ title: "Verottaja ohjeisti", date: "2023-10-02", topics: ["verotus"] }),
];
const { privateKey, publicKey } = generateKeyPairSync("rsa", {
  modulusLength: 2048,
  privateKeyEncoding: { type: "pkcs8", format: "pem" },
  publicKeyEncoding: { type: "spki", format: "pem" },
});
const DESK = "Toimitus@Example.fi";

async function tableCount(db: Db, table: string) {
  const row = await db.get(`SELECT COUNT(*) AS n FROM ${table}`);
  return Number(row?.n);
}

const parse = async (mail: ReceivedMail) => simpleParser(mail.raw);

describe.each(DIALECTS)("test-send on $name", ({ open, skip }) => {
  let database: TestDatabase;
  let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
  let transport: MailTransport;

  beforeEach(async () => {
    if (skip) return;
    database = await open();
    smtp = await startSmtpServer();
    // The send's transport as configured in production: DKIM-signed, with VERP bounces.
    transport = createMailTransport({
      from: MAIL_FROM,
      smtpUrl: smtp.url,
      outboxDir: fs.mkdtempSync(path.join(os.tmpdir(), "test-send-")),
      pool: true,
      dkim: { domainName: "uutiskirje.example", keySelector: "posti", privateKey },
      bounces: { address: "bounces@uutiskirje.example", secret: TOKEN_SECRET },
    });
  });
  afterEach(async () => {
    if (skip) return;
    transport.close();
    await smtp.close();
    await database.dispose();
  });

  const deps = (overrides: Partial<TestSendDeps> = {}): TestSendDeps => ({
    articles,
    transport,
    links: { siteUrl: SITE_URL, tokenSecret: TOKEN_SECRET, clock: () => NOW },
    findReader: async (email) => {
      const reader = await findSubscriberByEmail(database.db, email);
      return reader?.status === "confirmed" ? reader : null;
    },
    checkLinks: async () => [],
    ...overrides,
  });

  it.skipIf(skip)(
    "mails each address its own [TESTI] letter, signed, whose parts are the real letter's; the real send then goes out unchanged",
    async () => {
      const deskId = await addConfirmedSubscriber(database.db, DESK, [
        "talous",
        "verotus",
        "juridiikka",
      ]);
      await addConfirmedSubscriber(database.db, "lukija@example.fi", ["juridiikka"]);
      const result = await testSendIssue(
        { day: DAY, to: ["toimitus@example.fi", "kollega@example.fi"] },
        deps(),
      );
      expect(result.kind).toBe("sent");
      if (result.kind !== "sent") return;
      expect(result.letters).toEqual([
        { to: "toimitus@example.fi", ownLinks: true },
        { to: "kollega@example.fi", ownLinks: false },
      ]);
      expect(smtp.received.map((m) => m.to)).toEqual([
        ["toimitus@example.fi"],
        ["kollega@example.fi"],
      ]);
      const tests = smtp.received.splice(0);
      for (const mail of tests) {
        expect(verifyDkim(mail.raw, publicKey).signatureOk).toBe(true);
        // No VERP envelope: a bounce of a test letter can never count against a reader.
        expect(mail.from).toBe("uutiskirje@uutiskirje.example");
        expect(mail.headers.get("subject")).toMatch(/^\[TESTI\] Uutiskirje maanantai 2\.10\.2023/);
      }
      expect(await countIssueSends(database.db, DAY)).toMatchObject({ sent: 0, pending: 0 });
      for (const table of ["issue_sends", "suppressions", "bounce_events", "sent_mail"])
        expect(await tableCount(database.db, table), table).toBe(0);

      const sent = await sendIssue(DAY, sendDeps(database.db, transport, articles));
      expect(sent).toMatchObject({ kind: "sent", sent: 2, skipped: 0, failed: 0 });
      const real = smtp.received.find((m) => m.to[0]?.toLowerCase() === DESK.toLowerCase())!;
      const [test, original] = [await parse(tests[0]!), await parse(real)];
      expect(test.subject).toBe(`[TESTI] ${original.subject}`);
      expect(test.html).toBe(original.html);
      expect(test.text).toBe(original.text);
      expect(test.headers.get("list-unsubscribe")).toEqual(
        original.headers.get("list-unsubscribe"),
      );
      expect(test.messageId).not.toBe(original.messageId);
      expect(original.messageId).toBe(`<uutiskirje.${DAY}.${deskId}@uutiskirje.example>`);

      // An address on no list gets the same letter, its links leading to the sign-up page.
      const colleague = await parse(tests[1]!);
      expect(colleague.text).toContain(`Peru tilaus: ${SITE_URL}/uutiskirje\n`);
      expect(String(colleague.html)).not.toContain("token=");
      expect(colleague.text!.replace(/https:\/\/\S+\/uutiskirje(\/\S*)?/g, "")).toBe(
        original
          .text!.replace(/https:\/\/\S+\/uutiskirje(\/\S*)?/g, "")
          .replace(/https:\/\/\S+\/api\/\S+/g, ""),
      );
    },
  );

  it.skipIf(skip)(
    "with --weekly, mails the week's digest as the send mails it to a weekly reader on its day",
    async () => {
      const week = [
        makeArticle({ title: "Tiistain uutinen", date: "2023-10-03", topics: ["talous"] }),
        makeArticle({ title: "Torstain uutinen", date: "2023-10-05", topics: ["verotus"] }),
      ];
      await addConfirmedSubscriber(database.db, DESK, ["talous", "verotus"], "weekly");
      const friday = "2023-10-06";
      const notYet = await testSendIssue(
        { day: "2023-10-05", to: [DESK], weekly: true },
        deps({ articles: week }),
      );
      expect(notYet.kind).toBe("not-issue-day");
      const result = await testSendIssue(
        { day: friday, to: [DESK], topics: ["talous", "verotus"], weekly: true },
        deps({ articles: week }),
      );
      expect(result).toMatchObject({ kind: "sent", weekly: true });
      const [test] = smtp.received.splice(0);
      const sent = await sendIssue(friday, sendDeps(database.db, transport, week));
      expect(sent).toMatchObject({ kind: "sent", sent: 1 });
      const [real] = smtp.received;
      const [testMail, realMail] = [await parse(test!), await parse(real!)];
      expect(realMail.subject).toBe("Viikon uutiset 2.–6.10.2023");
      expect(testMail.subject).toBe("[TESTI] Viikon uutiset 2.–6.10.2023");
      expect(testMail.html).toBe(realMail.html);
      expect(testMail.text).toBe(realMail.text);
    },
  );

  it.skipIf(skip)("lists the links not live yet and sends all the same", async () => {
    const dead = { url: `${SITE_URL}${articles[1]!.path}`, status: 404 };
    const result = await testSendIssue(
      { day: DAY, to: ["toimitus@example.fi"], topics: ["verotus"] },
      deps({ checkLinks: async (urls) => (urls.includes(dead.url) ? [dead] : []) }),
    );
    expect(result).toMatchObject({ kind: "sent", notLive: [dead] });
    expect(smtp.received).toHaveLength(1);
    expect(smtp.received[0]!.text).toContain("Verottaja ohjeisti");
    expect(smtp.received[0]!.text).not.toContain("Hovioikeus linjasi");
  });

  it.skipIf(skip)(
    "reports an address the server refuses for good, and suppresses nobody",
    async () => {
      await smtp.close();
      smtp = await startSmtpServer({
        refuse: { "poissa@example.fi": { code: 550, status: "5.1.1" } },
      });
      transport.close();
      transport = createMailTransport({
        from: MAIL_FROM,
        smtpUrl: smtp.url,
        outboxDir: fs.mkdtempSync(path.join(os.tmpdir(), "test-send-")),
      });
      const result = await testSendIssue(
        { day: DAY, to: ["poissa@example.fi", "toimitus@example.fi"] },
        deps(),
      );
      if (result.kind !== "sent") throw new Error(result.kind);
      expect(result.letters[0]!.failure?.outcome).toBe("recipient-gone");
      expect(result.letters[1]!.failure).toBeUndefined();
      expect(await tableCount(database.db, "suppressions")).toBe(0);
      expect(await tableCount(database.db, "bounce_events")).toBe(0);
    },
  );

  it.skipIf(skip)(
    "sends nothing on a day without an issue or without news in the topics",
    async () => {
      expect((await testSendIssue({ day: "2023-10-07", to: ["a@example.fi"] }, deps())).kind).toBe(
        "not-issue-day",
      );
      const none = await testSendIssue(
        { day: DAY, to: ["a@example.fi"], topics: ["talous"] },
        deps(),
      );
      expect(none.kind).toBe("no-articles");
      expect(smtp.received).toHaveLength(0);
    },
  );
});
