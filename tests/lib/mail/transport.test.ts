import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import {
  buildConfirmationMail,
  createMailTransport,
  deliverQueuedMail,
  retryDelay,
  OUTBOX_LIFETIME_MS,
  OUTBOX_RETRY,
} from "@/lib/mail";
import { countQueuedMail, enqueueMail } from "@/lib/db";
import { sqliteTestDatabase } from "../../helpers/databases";
import { decodeQuotedPrintable, startSmtpServer } from "../../helpers/smtp";

const FROM = "Juridiikan ja talouden uutiskirje <uutiskirje@uutiskirje.example>";
const message = () => ({
  ...buildConfirmationMail({
    to: "posti@esimerkki.fi",
    siteName: "Juridiikan ja talouden uutiskirje",
    topicLabels: ["Talous"],
    confirmUrl: "https://uutiskirje.example/uutiskirje/vahvista?token=abc",
  }),
  unsubscribeUrl: "https://uutiskirje.example/api/newsletter/unsubscribe?token=xyz",
});
const cleanup: (() => unknown)[] = [];
afterEach(async () => {
  for (const fn of cleanup.splice(0)) await fn();
});

// A counting SMTP server, an outbox database and a transport to the server, closed after the test.
async function smtpOutbox() {
  const smtp = await startSmtpServer();
  const t = await sqliteTestDatabase();
  const transport = createMailTransport({ from: FROM, smtpUrl: smtp.url, outboxDir: "unused" });
  cleanup.push(
    () => transport.close(),
    () => smtp.close(),
    () => t.dispose(),
  );
  return { smtp, t, transport };
}

describe("mail transport", () => {
  it("writes one .eml file per message key into the outbox folder when SMTP_URL is unset", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "outbox-"));
    cleanup.push(() => fs.rmSync(dir, { recursive: true, force: true }));
    const transport = createMailTransport({ from: FROM, outboxDir: dir });
    await transport.send(message(), { key: "outbox-1" });
    await transport.send(message(), { key: "outbox-1" });
    expect(fs.readdirSync(dir)).toEqual(["outbox-1.eml"]);
    // Long headers are folded onto continuation lines; unfold them before reading.
    const eml = decodeQuotedPrintable(
      fs.readFileSync(path.join(dir, "outbox-1.eml"), "utf8"),
    ).replace(/\r?\n[ \t]+/g, " ");
    expect(eml).toContain(
      "From: Juridiikan ja talouden uutiskirje <uutiskirje@uutiskirje.example>",
    );
    expect(eml).toContain(
      "List-Unsubscribe: <https://uutiskirje.example/api/newsletter/unsubscribe?token=xyz>",
    );
    expect(eml).toContain("List-Unsubscribe-Post: List-Unsubscribe=One-Click");
    expect(eml).toContain('<html lang="fi">');
  });

  it("delivers over SMTP and keeps a message queued, with back-off, while SMTP refuses it", async () => {
    const { smtp, t, transport } = await smtpOutbox();
    let now = 1_000_000;
    const log = { info: () => undefined, warn: () => undefined, error: () => undefined };
    const deps = { db: t.db, transport, clock: () => now, log };
    await enqueueMail(t.db, "posti@esimerkki.fi", JSON.stringify(message()), now);

    smtp.setRefusing(true);
    expect(await deliverQueuedMail(deps)).toEqual({ sent: 0, failed: 1 });
    now += retryDelay(0, OUTBOX_RETRY) - 1;
    expect(await deliverQueuedMail(deps)).toEqual({ sent: 0, failed: 0 });
    smtp.setRefusing(false);
    now += 1;
    expect(await deliverQueuedMail(deps)).toEqual({ sent: 1, failed: 0 });
    expect(await countQueuedMail(t.db)).toBe(0);
    expect(smtp.received).toHaveLength(1);
    expect(smtp.received[0]!.text).toContain("Vahvista uutiskirjeen tilaus");
    expect(smtp.received[0]!.text.replace(/\r?\n[ \t]+/g, " ")).toContain(
      "List-Unsubscribe-Post: List-Unsubscribe=One-Click",
    );
  });

  it("gives up a message the reader's server refuses for now after 5 days, unsent, suppressing nobody", async () => {
    const { smtp, t, transport } = await smtpOutbox();
    const queuedAt = 1_000_000;
    let now = queuedAt;
    const warnings: string[] = [];
    const log = {
      info: () => undefined,
      warn: (m: string) => warnings.push(m),
      error: () => undefined,
    };
    const deps = { db: t.db, transport, clock: () => now, log };
    await enqueueMail(t.db, "posti@esimerkki.fi", JSON.stringify(message()), now);

    smtp.setRefusing(true);
    // Tried again and again (here twice a day) for as long as the message is younger than 5 days.
    let tries = 0;
    while (now < queuedAt + OUTBOX_LIFETIME_MS - 60_000) {
      tries += (await deliverQueuedMail(deps)).failed;
      now = Math.min(now + 12 * 60 * 60_000, queuedAt + OUTBOX_LIFETIME_MS - 60_000);
    }
    tries += (await deliverQueuedMail(deps)).failed;
    expect(tries).toBe(11);
    expect(await countQueuedMail(t.db)).toBe(1);

    // Its next try, an hour later, is past the 5 days: the message is given up.
    now += retryDelay(tries, OUTBOX_RETRY);
    expect(await deliverQueuedMail(deps)).toEqual({ sent: 0, failed: 1 });
    expect(await countQueuedMail(t.db)).toBe(0);
    expect(warnings.at(-1)).toMatch(
      /^mail to p\*\*\*@esimerkki\.fi given up after \d+ tries over 5 days/,
    );
    expect(await t.db.all(`SELECT * FROM suppressions`)).toEqual([]);
    expect(await t.db.all(`SELECT * FROM bounce_events`)).toEqual([]);
    // The server answers again: nothing is left to send.
    smtp.setRefusing(false);
    now += OUTBOX_LIFETIME_MS;
    expect(await deliverQueuedMail(deps)).toEqual({ sent: 0, failed: 0 });
    expect(smtp.received).toHaveLength(0);
  });

  it("backs off exponentially up to an hour", () => {
    expect([0, 1, 2, 10].map((n) => retryDelay(n, OUTBOX_RETRY))).toEqual([
      30_000, 60_000, 120_000, 3_600_000,
    ]);
  });

  it("doubles any policy's delay from its base and stops at its cap", () => {
    const policy = { baseMs: 2000, maxMs: 60_000 };
    expect([0, 1, 2].map((n) => retryDelay(n, policy))).toEqual([2000, 4000, 8000]);
    expect(retryDelay(20, policy)).toBe(60_000);
  });
});
