import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrate, openDatabase, type Db } from "@/lib/db";
import { addConfirmedSubscriber, TOKEN_SECRET } from "@/tests/helpers/issue-send";
import { startLiveSite, type LiveSite } from "@/tests/helpers/live-site";
import { runNewsletter } from "@/tests/helpers/newsletter-cli";
import { startSmtpServer } from "@/tests/helpers/smtp";

const DAY = "2023-10-02";
const SEED_PATH =
  "/uutiset/2023/rikoksentorjuntakilpailun-voitti-rikosuhripaivystyksen-ihmiskaupan-uhrien-erityistukipalvelu";
const READERS = ["juristi1@example.fi", "juristi2@example.fi", "juristi3@example.fi"];

// The exit status cron sees: non-zero with one line for every fault of ours, zero when only
// some readers' mailboxes are gone.
describe("npm run newsletter -- send against a relay that refuses us", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "send-faults-cli-"));
  const url = `file:${path.join(dir, "site.db")}`;
  let db: Db;
  let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
  let site: LiveSite;

  const send = (smtpUrl: string) =>
    runNewsletter(["send", "--date", DAY], {
      DATABASE_URL: url,
      SMTP_URL: smtpUrl,
      SITE_URL: site.origin,
      TOKEN_SECRET,
      MAIL_FROM: "Uutiskirje <uutiskirje@uutiskirje.example>",
      NEWSLETTER_LINK_WAIT_SECONDS: "0",
    });
  const suppressed = async () => (await db.all(`SELECT email FROM suppressions`)).length;
  const copies = () => smtp.received.flatMap((m) => m.to).sort();

  beforeAll(async () => {
    site = await startLiveSite([SEED_PATH, `/uutiskirje/arkisto/${DAY}`]);
    smtp = await startSmtpServer();
    db = openDatabase({ url });
    await migrate(db);
    for (const email of READERS) await addConfirmedSubscriber(db, email, ["juridiikka"]);
  });
  afterAll(async () => {
    await smtp.close();
    await site.close();
    await db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("exits 1 with one line naming TLS and SMTP_URL when TLS fails, and sends nothing", async () => {
    const result = await send(smtp.url.replace("smtp:", "smtps:"));
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
    expect(result.stderr).toMatch(
      /^newsletter: issue of 2023-10-02 stopped: TLS with the mail server failed.*SMTP_URL/,
    );
    expect(copies()).toEqual([]);
    expect(await suppressed()).toBe(0);
  });

  it("exits 1 with one line when the relay refuses our login, suppressing nobody", async () => {
    smtp.setFault("auth", { code: 535, text: "5.7.8 Authentication credentials invalid" });
    const result = await send(smtp.authUrl);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(
      "newsletter: issue of 2023-10-02 stopped: the mail server refused our login: check the user name and password in SMTP_URL (535 5.7.8 Authentication credentials invalid)\n",
    );
    expect(result.stdout).toContain("3 not yet sent: nobody was suppressed");
    expect(await suppressed()).toBe(0);
  });

  it("sends each reader one copy and exits 0 once the password is fixed", async () => {
    smtp.setFault("auth", undefined);
    const result = await send(smtp.authUrl);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("3 sent by this run");
    expect(copies()).toEqual(READERS);
  });

  it("exits 0 when only a reader's mailbox is gone, suppressing that reader alone", async () => {
    const gone = await startSmtpServer({
      refuse: { "juristi2@example.fi": { code: 550, status: "5.1.1" } },
    });
    try {
      await db.run(`DELETE FROM issue_sends`);
      const result = await send(gone.url);
      expect(result.status).toBe(0);
      expect(result.stdout).toContain("2 sent by this run");
      expect(result.stdout).toContain("1 refused for good");
      expect(await db.all(`SELECT email FROM suppressions`)).toEqual([
        { email: "juristi2@example.fi" },
      ]);
    } finally {
      await gone.close();
    }
  });
});
