import { simpleParser } from "mailparser";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { updateSubscriberSettings } from "@/lib/db";
import { sendIssue } from "@/lib/issue/send-issue";
import { dryRunIssue } from "@/lib/issue/send-preview";
import type { MailTransport } from "@/lib/mail/transport";
import { makeArticle } from "@/tests/fixtures/articles";
import { DIALECTS, type TestDatabase } from "@/tests/helpers/databases";
import {
  addConfirmedSubscriber,
  NOW,
  sendDeps,
  SITE_URL,
  smtpTransport,
  TOKEN_SECRET,
} from "@/tests/helpers/issue-send";
import { startSmtpServer } from "@/tests/helpers/smtp";

const WEEK = ["2023-10-02", "2023-10-03", "2023-10-04", "2023-10-05", "2023-10-06"];
const week = [
  makeArticle({ title: "Viikonlopun uutinen", date: "2023-10-01", topics: ["talous"] }),
  ...WEEK.map((date, i) =>
    makeArticle({
      title: `Uutinen ${date}`,
      date,
      topics: [i % 2 ? "verotus" : "talous"],
    }),
  ),
  makeArticle({ title: "Lauantain uutinen", date: "2023-10-07", topics: ["talous"] }),
];

// The week of 6 December 2024: Independence Day falls on Friday.
const HOLIDAY_WEEK = ["2024-12-02", "2024-12-03", "2024-12-04", "2024-12-05", "2024-12-06"];
const holidayWeek = HOLIDAY_WEEK.map((date) =>
  makeArticle({ title: `Uutinen ${date}`, date, topics: ["talous"] }),
);

describe.each(DIALECTS)("the rhythms of the send on $name", ({ open, skip }) => {
  let database: TestDatabase;
  let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
  let transport: MailTransport;
  beforeEach(async () => {
    if (skip) return;
    database = await open();
    smtp = await startSmtpServer();
    transport = smtpTransport(smtp.url);
  });
  afterEach(async () => {
    if (skip) return;
    transport.close();
    await smtp.close();
    await database.dispose();
  });

  const mailsTo = (email: string) => smtp.received.filter((m) => m.to.includes(email));
  const subjectOf = async (raw: string) => (await simpleParser(raw)).subject;
  const sendWeek = async (days: string[], articles = week) => {
    for (const day of days) await sendIssue(day, sendDeps(database.db, transport, articles));
  };

  it.skipIf(skip)(
    "mails a daily reader on each of the five days and a weekly reader once, on Friday, with the week's articles",
    async () => {
      await addConfirmedSubscriber(database.db, "paiva@example.fi", ["talous", "verotus"]);
      await addConfirmedSubscriber(database.db, "viikko@example.fi", ["talous"], "weekly");
      await sendWeek(WEEK);
      expect(mailsTo("paiva@example.fi")).toHaveLength(5);
      const [digest, ...more] = mailsTo("viikko@example.fi");
      expect(more).toEqual([]);
      expect(await subjectOf(digest!.raw)).toBe("Viikon uutiset 2.–6.10.2023");
      // Every article of the week's letters in the reader's topic, Monday's weekend included,
      // newest first; nothing of the other topic, nothing of the Saturday after.
      const titles = [...digest!.text.matchAll(/Uutinen \d{4}-\d{2}-\d{2}|Viikonlopun uutinen/g)]
        .map((m) => m[0])
        .filter((t, i, all) => all.indexOf(t) === i);
      expect(titles).toEqual([
        "Uutinen 2023-10-06",
        "Uutinen 2023-10-04",
        "Uutinen 2023-10-02",
        "Viikonlopun uutinen",
      ]);
      expect(digest!.text).not.toContain("Lauantain uutinen");
      expect(digest!.text).toContain("/uutiskirje/arkisto/viikko/2023-40");
    },
  );

  it.skipIf(skip)(
    "sends the digest on Thursday when Friday is a holiday, and nothing on the holiday",
    async () => {
      await addConfirmedSubscriber(database.db, "viikko@example.fi", ["talous"], "weekly");
      await sendWeek(HOLIDAY_WEEK, holidayWeek);
      const [digest, ...more] = mailsTo("viikko@example.fi");
      expect(more).toEqual([]);
      expect(await subjectOf(digest!.raw)).toBe("Viikon uutiset 2.–5.12.2024");
      expect(digest!.text).toContain("Uutinen 2024-12-05");
      expect(digest!.text).not.toContain("Uutinen 2024-12-06");
    },
  );

  it.skipIf(skip)(
    "sends a weekly reader nothing in a week without articles in their topics",
    async () => {
      await addConfirmedSubscriber(database.db, "juristi@example.fi", ["juridiikka"], "weekly");
      await sendWeek(WEEK);
      expect(mailsTo("juristi@example.fi")).toEqual([]);
    },
  );

  it.skipIf(skip)(
    "follows a rhythm changed mid-week from the next send on, one mail a day at most",
    async () => {
      const topics = ["talous", "verotus"];
      const id = await addConfirmedSubscriber(database.db, "vaihtaja@example.fi", topics);
      await sendWeek(WEEK.slice(0, 2));
      expect(mailsTo("vaihtaja@example.fi")).toHaveLength(2);
      await updateSubscriberSettings(
        database.db,
        id,
        { topics: ["talous"], frequency: "weekly" },
        NOW,
      );
      await sendWeek(WEEK.slice(2));
      const mails = mailsTo("vaihtaja@example.fi");
      expect(mails).toHaveLength(3);
      expect(await subjectOf(mails[2]!.raw)).toBe("Viikon uutiset 2.–6.10.2023");
      // Run again on Friday: the send log holds the day's one letter.
      await sendWeek(["2023-10-06"]);
      expect(mailsTo("vaihtaja@example.fi")).toHaveLength(3);
    },
  );

  it.skipIf(skip)("counts a weekly reader in the dry run only on the digest day", async () => {
    await addConfirmedSubscriber(database.db, "viikko@example.fi", ["talous"], "weekly");
    await addConfirmedSubscriber(database.db, "paiva@example.fi", ["talous"]);
    const links = { siteUrl: SITE_URL, tokenSecret: TOKEN_SECRET, clock: () => NOW };
    const deps = { db: database.db, articles: week, links };
    expect(await dryRunIssue("2023-10-04", deps)).toMatchObject({ confirmed: 2, withNews: 1 });
    expect(await dryRunIssue("2023-10-06", deps)).toMatchObject({ confirmed: 2, withNews: 2 });
  });
});
