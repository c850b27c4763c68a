import { simpleParser } from "mailparser";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { countIssueSends } from "@/lib/db";
import { planDay } from "@/lib/issue/day-plan";
import { HTML_PART_LIMIT, measureLetters } from "@/lib/issue/letter-size";
import { describeSendResult } from "@/lib/issue/send-report";
import { sendIssue } from "@/lib/issue/send-issue";
import type { MailTransport } from "@/lib/mail/transport";
import { makeArticle } from "@/tests/fixtures/articles";
import { sqliteTestDatabase, type TestDatabase } from "@/tests/helpers/databases";
import {
  addConfirmedSubscriber,
  NOW,
  sendDeps,
  SITE_URL,
  smtpTransport,
  TOKEN_SECRET,
} from "@/tests/helpers/issue-send";
import { startSmtpServer } from "@/tests/helpers/smtp";

const DAY = "2023-10-02";
const links = { siteUrl: SITE_URL, tokenSecret: TOKEN_SECRET, clock: () => NOW };
const LEAD = "Pitkä ingressi, joka kertoo uutisen ytimen usealla lauseella. ".repeat(9);
// `count` articles over the weekend before Monday 2.10.2023, in one main topic.
const many = (count: number, topic: string) =>
  Array.from({ length: count }, (_, i) =>
    makeArticle({
      title: `Uutinen ${topic} ${i}`,
      date: "2023-10-01",
      topics: [topic],
      lead: LEAD,
    }),
  );

describe("the size of a letter's HTML part (Gmail clips over about 102 KB)", () => {
  it("names the largest letter of the day and the choices of topics over 100 KB", () => {
    const window = [...many(55, "juridiikka"), ...many(55, "verotus"), ...many(2, "talous")];
    const sizes = measureLetters(planDay(window, DAY), links);
    expect(sizes.largest?.topics).toEqual(["talous", "verotus", "juridiikka"]);
    expect(sizes.over.map((o) => o.topics.join("+"))).toEqual([
      "verotus+juridiikka",
      "talous+verotus+juridiikka",
    ]);
    for (const o of sizes.over) expect(o.bytes).toBeGreaterThan(HTML_PART_LIMIT);
  });

  it("gives nothing over the limit for an ordinary day", () => {
    const sizes = measureLetters(planDay(many(5, "talous"), DAY), links);
    expect(sizes.over).toEqual([]);
    expect(sizes.largest!.bytes).toBeGreaterThan(3000);
    expect(sizes.largest!.bytes).toBeLessThan(HTML_PART_LIMIT);
  });
});

describe("send and the size guard", () => {
  let database: TestDatabase;
  let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
  let transport: MailTransport;
  beforeEach(async () => {
    database = await sqliteTestDatabase();
    smtp = await startSmtpServer();
    transport = smtpTransport(smtp.url);
    await addConfirmedSubscriber(database.db, "kaikki@example.fi", [
      "talous",
      "verotus",
      "juridiikka",
    ]);
    await addConfirmedSubscriber(database.db, "talous@example.fi", ["talous"]);
  });
  afterEach(async () => {
    transport.close();
    await smtp.close();
    await database.dispose();
  });

  it("refuses an issue whose letter would pass 100 KB: nothing sent, nothing queued, day and topics named", async () => {
    const articles = [...many(55, "juridiikka"), ...many(55, "verotus"), ...many(1, "talous")];
    let linksChecked = false;
    const result = await sendIssue(
      DAY,
      sendDeps(database.db, transport, articles, {
        checkLinks: async () => ((linksChecked = true), []),
      }),
    );
    expect(result.kind).toBe("too-large");
    expect(smtp.received).toHaveLength(0);
    expect(await countIssueSends(database.db, DAY)).toMatchObject({ pending: 0, sent: 0 });
    expect(linksChecked).toBe(false);
    const lines = describeSendResult(result);
    expect(lines[0]).toContain("Issue of 2023-10-02 (maanantai 2.10.2023) NOT sent");
    expect(lines.join("\n")).toContain("daily readers of talous, verotus, juridiikka: HTML part 1");
  });

  it("sends an ordinary issue and names its largest HTML part, no smaller than any letter sent", async () => {
    const articles = [...many(3, "talous"), ...many(3, "verotus")];
    const result = await sendIssue(DAY, sendDeps(database.db, transport, articles));
    if (result.kind !== "sent") throw new Error(result.kind);
    expect(result.sent).toBe(2);
    const parsed = await Promise.all(smtp.received.map((m) => simpleParser(m.raw)));
    const htmlBytes = parsed.map((m) => Buffer.byteLength(String(m.html)));
    expect(result.largest!.bytes).toBeGreaterThanOrEqual(Math.max(...htmlBytes));
    expect(result.largest!.bytes - Math.max(...htmlBytes)).toBeLessThan(200); // only the links
    expect(describeSendResult(result)[0]).toMatch(
      /^Largest HTML part: \d+\.\d KB \(daily readers of talous, verotus/,
    );
  });
});
