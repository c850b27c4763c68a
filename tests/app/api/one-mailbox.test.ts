import { describe, expect, it } from "vitest";
import { POST as subscribe } from "@/app/api/newsletter/subscribe/route";
import { confirmSubscriber, countQueuedMail, findSubscriberByEmail } from "@/lib/db";
import { sendIssue } from "@/lib/issue/send-issue";
import { eraseSubscriberData, exportSubscriber } from "@/lib/subscription/privacy";
import { makeArticle } from "@/tests/fixtures/articles";
import { DIALECTS } from "../../helpers/databases";
import { tempJournal } from "../../helpers/erasure-journal";
import { sendDeps, smtpTransport } from "../../helpers/issue-send";
import { formPost, harnessPerTest } from "../../helpers/newsletter-harness";
import { startSmtpServer } from "../../helpers/smtp";

const SPELLINGS = [
  "Anna.Virtanen@Yritys.fi",
  "anna.virtanen@yritys.fi",
  "ANNA.VIRTANEN@YRITYS.FI",
  " aNNA.virtanen@Yritys.FI ",
];
const MINUTE = 60_000;
const signUp = (email: string, topics = ["talous"]) =>
  subscribe(formPost("/api/newsletter/subscribe", { email, topics }));

describe.each(DIALECTS)("one reader, one record on $name", ({ open, skip }) => {
  const run = harnessPerTest(open, skip);

  it.skipIf(skip)(
    "keeps a mailbox signed up in four letter cases as one pending reader with one confirmation per 10 minutes",
    async () => {
      for (const email of SPELLINGS) await signUp(email);
      expect(await run.t.db.all(`SELECT email FROM subscribers`)).toEqual([
        { email: "Anna.Virtanen@yritys.fi" },
      ]);
      expect(await countQueuedMail(run.t.db)).toBe(1);
      run.h.advance(10 * MINUTE);
      await signUp("ANNA.VIRTANEN@yritys.fi", ["verotus"]);
      await signUp("anna.virtanen@yritys.fi", ["verotus"]);
      expect(await countQueuedMail(run.t.db)).toBe(2);
      await run.h.deliver();
      // Mail goes to the address as first typed, the one on record.
      expect(run.h.smtp.received.flatMap((m) => m.to)).toEqual([
        "Anna.Virtanen@yritys.fi",
        "Anna.Virtanen@yritys.fi",
      ]);
      expect(run.h.smtp.received[1]!.text).toContain("Valitsemasi aiheet: Verotus.");
    },
  );

  it.skipIf(skip)(
    "changes nothing for a confirmed reader signing up in another case but the daily 'already subscribed' mail",
    async () => {
      await signUp("Anna.Virtanen@Yritys.fi", ["talous", "verotus"]);
      const s = (await findSubscriberByEmail(run.t.db, "anna.virtanen@yritys.fi"))!;
      await confirmSubscriber(run.t.db, s.id, run.h.deps.clock());
      await run.h.deliver();
      run.h.advance(24 * 60 * MINUTE);
      for (const email of SPELLINGS) await signUp(email, ["juridiikka"]);
      expect(await findSubscriberByEmail(run.t.db, "ANNA.virtanen@yritys.fi")).toMatchObject({
        id: s.id,
        email: "Anna.Virtanen@yritys.fi",
        status: "confirmed",
        topics: ["talous", "verotus"],
        consent: { at: s.consent.at, topics: ["talous", "verotus"] },
        tokenVersion: s.tokenVersion,
      });
      await run.h.deliver();
      expect(run.h.smtp.received.map((m) => m.text)).toEqual([
        expect.stringContaining("Vahvista uutiskirjeen tilaus"),
        expect.stringContaining("Olet jo uutiskirjeen tilaaja"),
      ]);
    },
  );

  it.skipIf(skip)("sends a mailbox signed up in two letter cases one letter a day", async () => {
    const day = "2023-10-02";
    await signUp("Anna.Virtanen@Yritys.fi", ["verotus"]);
    await signUp("anna.virtanen@yritys.fi", ["verotus"]);
    const s = (await findSubscriberByEmail(run.t.db, "anna.virtanen@yritys.fi"))!;
    await confirmSubscriber(run.t.db, s.id, run.h.deps.clock());
    const smtp = await startSmtpServer();
    const transport = smtpTransport(smtp.url);
    const articles = [makeArticle({ title: "Verottaja ohjeisti", date: day, topics: ["verotus"] })];
    const result = await sendIssue(day, sendDeps(run.t.db, transport, articles));
    transport.close();
    await smtp.close();
    expect(result).toMatchObject({ sent: 1 });
    expect(smtp.received.flatMap((m) => m.to)).toEqual(["Anna.Virtanen@yritys.fi"]);
  });

  it.skipIf(skip)(
    "erases a mailbox asked for in any letter case; export then finds nothing",
    async () => {
      await signUp("Anna.Virtanen@Yritys.fi");
      const journal = tempJournal();
      expect(await eraseSubscriberData(run.t.db, "ANNA.VIRTANEN@YRITYS.FI", { journal })).toBe(
        true,
      );
      for (const email of SPELLINGS)
        expect(await exportSubscriber(run.t.db, email, run.h.deps.clock())).toBeNull();
      expect(await run.t.db.all(`SELECT * FROM subscribers`)).toEqual([]);
      expect(await countQueuedMail(run.t.db)).toBe(0);
    },
  );

  it.skipIf(skip)(
    "exports a reader's data whichever case the request spells the address in",
    async () => {
      await signUp("Anna.Virtanen@Yritys.fi");
      for (const email of SPELLINGS)
        expect(await exportSubscriber(run.t.db, email, run.h.deps.clock())).toMatchObject({
          email: "Anna.Virtanen@yritys.fi",
          status: "pending",
        });
    },
  );
});
