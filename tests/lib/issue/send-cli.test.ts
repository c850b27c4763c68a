import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { simpleParser } from "mailparser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as oneClickUnsubscribe } from "@/app/api/newsletter/unsubscribe/route";
import { countIssueSends, findSubscriberById, migrate, openDatabase, type Db } from "@/lib/db";
import { setNewsletterServer } from "@/lib/server/server";
import { addConfirmedSubscriber, TOKEN_SECRET } from "@/tests/helpers/issue-send";
import { startLiveSite, type LiveSite } from "@/tests/helpers/live-site";
import { decodeQuotedPrintable, startSmtpServer } from "@/tests/helpers/smtp";
import { runNewsletter } from "@/tests/helpers/newsletter-cli";
import { oneClickPost } from "../../helpers/newsletter-harness";

const quiet = { info: () => undefined, warn: () => undefined, error: () => undefined };

// The issue's "Done when": the real command, the real seed article, SQLite and SMTP.
describe("npm run newsletter -- send --date 2023-10-02", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "issue-cli-"));
  const url = `file:${path.join(dir, "site.db")}`;
  let db: Db;
  let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
  let lawId: number;
  let economyId: number;
  let site: LiveSite;
  let SITE_URL: string;
  const SEED_PATH =
    "/uutiset/2023/rikoksentorjuntakilpailun-voitti-rikosuhripaivystyksen-ihmiskaupan-uhrien-erityistukipalvelu";

  const send = (...args: string[]) =>
    runNewsletter(["send", ...args], {
      DATABASE_URL: url,
      SMTP_URL: smtp.url,
      SITE_URL,
      TOKEN_SECRET,
      MAIL_FROM: "Uutiskirje <uutiskirje@uutiskirje.example>",
      NEWSLETTER_LINK_WAIT_SECONDS: "0",
    });

  beforeAll(async () => {
    site = await startLiveSite();
    SITE_URL = site.origin;
    smtp = await startSmtpServer();
    db = openDatabase({ url });
    await migrate(db);
    lawId = await addConfirmedSubscriber(db, "juristi@example.fi", ["juridiikka"]);
    economyId = await addConfirmedSubscriber(db, "ekonomi@example.fi", ["talous"]);
  });
  afterAll(async () => {
    setNewsletterServer(undefined);
    await smtp.close();
    await site.close();
    await db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("refuses to send while the article or the web copy does not answer 200, and sends nothing", async () => {
    site.live.add(SEED_PATH); // the web copy /uutiskirje/arkisto/2023-10-02 is still a 404
    const result = await send("--date", "2023-10-02");
    expect(result.status).toBe(1);
    expect(result.stdout).toContain("NOT sent");
    expect(result.stdout).toContain(`${SITE_URL}/uutiskirje/arkisto/2023-10-02: 404`);
    expect(smtp.received).toHaveLength(0);
    const log = await countIssueSends(db, "2023-10-02");
    expect(log.pending + log.sending + log.sent + log.skipped + log.failed).toBe(0);
  });

  it("test-send mails the desk [TESTI] letters the evening before, lists the link not live yet, and records nothing", async () => {
    const result = await runNewsletter(
      ["test-send", "--date", "2023-10-02", "--to", "juristi@example.fi,toimitus@example.fi"],
      {
        DATABASE_URL: url,
        SMTP_URL: smtp.url,
        SITE_URL,
        TOKEN_SECRET,
        MAIL_FROM: "Uutiskirje <uutiskirje@uutiskirje.example>",
      },
    );
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(
      "Sent to j***@example.fi with its own manage and unsubscribe links.",
    );
    expect(result.stdout).toContain("Sent to t***@example.fi (not a subscriber");
    expect(result.stdout).toContain(`Not live yet`);
    expect(result.stdout).toContain(`  ${SITE_URL}/uutiskirje/arkisto/2023-10-02: 404`);
    expect(result.stdout).toMatch(/HTML part: \d+\.\d KB \(limit 100\.0 KB\)/);
    const tests = smtp.received.splice(0);
    expect(tests.map((m) => m.to)).toEqual([["juristi@example.fi"], ["toimitus@example.fi"]]);
    for (const mail of tests)
      expect((await simpleParser(mail.raw)).subject).toMatch(/^\[TESTI\] Uutiskirje maanantai/);
    const log = await countIssueSends(db, "2023-10-02");
    expect(log.pending + log.sending + log.sent + log.skipped + log.failed).toBe(0);
  });

  it("mails the law reader the seed article and the economy reader nothing", async () => {
    site.live.add("/uutiskirje/arkisto/2023-10-02");
    const result = await send("--date", "2023-10-02");
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("1 sent by this run, 1 skipped");
    expect(smtp.received.map((m) => m.to)).toEqual([["juristi@example.fi"]]);
    expect(decodeQuotedPrintable(smtp.received[0]!.raw)).toContain(
      `${SITE_URL}/uutiset/2023/rikoksentorjuntakilpailun-voitti-rikosuhripaivystyksen-ihmiskaupan-uhrien-erityistukipalvelu`,
    );
  });

  it("sends nothing when run again", async () => {
    const result = await send("--date", "2023-10-02");
    expect(result.stdout).toContain("0 sent by this run");
    expect(smtp.received).toHaveLength(1);
  });

  it("says so and sends nothing on a Saturday", async () => {
    const result = await send("--date", "2023-09-30");
    expect(result.stdout).toContain("is not an issue day");
    expect(smtp.received).toHaveLength(1);
  });

  it("unsubscribes the reader with the one-click link of the mail", async () => {
    const header = smtp.received[0]!.headers.get("list-unsubscribe")!;
    const link = header.slice(1, -1);
    setNewsletterServer({
      deps: {
        db,
        clock: Date.now,
        siteUrl: SITE_URL,
        siteName: "Uutiskirje",
        tokenSecret: TOKEN_SECRET,
        log: quiet,
      },
      limiter: null,
      trustProxy: 0,
    });
    const response = await oneClickUnsubscribe(oneClickPost(link));
    expect(response.status).toBe(200);
    expect((await findSubscriberById(db, lawId))?.status).toBe("unsubscribed");
    expect((await findSubscriberById(db, economyId))?.status).toBe("confirmed");
  });
});
