import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { confirmSubscriber, insertPendingSubscriber, type Db, type Frequency } from "@/lib/db";
import type { Article } from "@/lib/content/articles";
import type { DkimOptions } from "@/lib/mail/dkim";
import { createMailTransport, type MailTransport } from "@/lib/mail/transport";
import type { SendDeps, SendOptions } from "@/lib/issue/send-issue";

export const SITE_URL = "https://uutiskirje.example";
export const MAIL_FROM = "Juridiikan ja talouden uutiskirje <uutiskirje@uutiskirje.example>";
export const TOKEN_SECRET = "testisalaisuus-joka-on-tarpeeksi-pitka-32";
export const NOW = Date.parse("2023-10-02T04:00:00Z");

// Gives the id of a new confirmed subscriber (a daily reader unless told otherwise).
export async function addConfirmedSubscriber(
  db: Db,
  email: string,
  topics: string[],
  frequency: Frequency = "daily",
) {
  const id = (await insertPendingSubscriber(db, {
    email,
    topics,
    frequency,
    consentVersion: "testi",
    now: NOW,
  }))!;
  await confirmSubscriber(db, id, NOW);
  return id;
}

// A pooled SMTP transport to the test server, as `send` builds it.
export function smtpTransport(smtpUrl: string, dkim?: DkimOptions): MailTransport {
  const outboxDir = fs.mkdtempSync(path.join(os.tmpdir(), "issue-outbox-"));
  return createMailTransport({ from: MAIL_FROM, smtpUrl, outboxDir, pool: true, dkim });
}

const quiet = { info: () => undefined, warn: () => undefined, error: () => undefined };

// Send dependencies on real parts, with a fixed clock and no waiting between retries.
export function sendDeps(
  db: Db,
  transport: MailTransport,
  articles: readonly Article[],
  overrides: {
    options?: Partial<SendOptions>;
    clock?: () => number;
    runId?: string;
    checkLinks?: SendDeps["checkLinks"];
    sleep?: SendDeps["sleep"];
  } = {},
): SendDeps {
  return {
    db,
    transport,
    articles,
    links: { siteUrl: SITE_URL, tokenSecret: TOKEN_SECRET, clock: overrides.clock ?? (() => NOW) },
    log: quiet,
    // The site is live unless a test says otherwise (tests/lib/issue/live-links.test.ts).
    checkLinks: overrides.checkLinks ?? (async () => []),
    sleep: overrides.sleep ?? (async () => undefined),
    runId: overrides.runId,
    options: {
      concurrency: 4,
      ratePerSecond: 0,
      retries: 2,
      retryBaseMs: 1,
      leaseMs: 60_000,
      ...overrides.options,
    },
  };
}
