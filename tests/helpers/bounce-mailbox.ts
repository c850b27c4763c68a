import fs from "node:fs";
import path from "node:path";
import { ImapFlow } from "imapflow";
import { insertPendingSubscriber, confirmSubscriber, type Db } from "@/lib/db";
import { bounceAddress, type BounceRef } from "@/lib/mail/verp";
import { TOKEN_SECRET } from "./issue-send";

const FIXTURES = path.join(import.meta.dirname, "../fixtures/bounces");
const ISSUE_DAY = "2023-10-02";

// A genuine sample from tests/fixtures/bounces (see its README).
export const sample = (name: string) => fs.readFileSync(path.join(FIXTURES, name), "utf8");

// The VERP address a sample's mail was sent from (issue of 2 October 2023).
export const sampleSender = (subscriberId: number) =>
  bounceAddress("bounces@bounces.uutiskirje.example", TOKEN_SECRET, {
    kind: "issue",
    day: ISSUE_DAY,
    subscriberId,
  });

// A sample re-addressed to another mail (its VERP address replaced everywhere) with a
// Message-ID of its own, as if that mail had bounced the same way.
export function readdress(raw: string, fromSubscriber: number, ref: BounceRef, id: string) {
  const to = bounceAddress("bounces@bounces.uutiskirje.example", TOKEN_SECRET, ref);
  return raw
    .split(sampleSender(fromSubscriber))
    .join(to)
    .replace(/^Message-Id: <[^>]+>/im, `Message-Id: <${id}@mail.uutiskirje.example>`);
}

// Adds subscribers so that each gets the id the samples name; other ids get fillers.
export async function addSubscribersWithIds(db: Db, byId: Record<number, string>, now: number) {
  const max = Math.max(...Object.keys(byId).map(Number));
  for (let id = 1; id <= max; id++) {
    const email = byId[id] ?? `tayte${id}@example.fi`;
    const record = { email, topics: ["verotus"], consentVersion: "testi", now };
    const got = (await insertPendingSubscriber(db, record))!;
    if (got !== id) throw new Error(`expected subscriber id ${id}, got ${got}`);
    await confirmSubscriber(db, id, now);
  }
}

// Records that the issue of `day` went to these subscribers.
export async function markIssueSent(db: Db, day: string, ids: number[], at: number) {
  for (const id of ids) {
    await db.run(
      `INSERT INTO issue_sends (issue_date, subscriber_id, status, sent_at) VALUES (?, ?, 'sent', ?)`,
      [day, id, at],
    );
  }
}

// An IMAP client of the test mailbox: put messages in, count what is in each folder.
export async function mailboxClient(url: string) {
  const u = new URL(url);
  const client = new ImapFlow({
    host: u.hostname,
    port: Number(u.port),
    secure: false,
    auth: { user: u.username, pass: u.password },
    logger: false,
  });
  await client.connect();
  return {
    async deliver(...messages: (string | Buffer)[]) {
      for (const m of messages) await client.append("INBOX", m);
    },
    async count(folder: string) {
      const status = await client.status(folder, { messages: true });
      return status ? (status.messages ?? 0) : 0;
    },
    close: () => client.logout(),
  };
}
