import { afterEach, beforeEach } from "vitest";
import { createRateLimiter } from "@/lib/db";
import { consoleLogger, type Logger } from "@/lib/log";
import type { Env } from "@/lib/env";
import { createMailTransport, createTransportFromEnv, deliverQueuedMail } from "@/lib/mail";
import type { NewsletterDeps } from "@/lib/subscription/deps";
import { setNewsletterServer, type NewsletterServer } from "@/lib/server/server";
import type { TestDatabase } from "./databases";
import { startSmtpServer, type SmtpServerOptions } from "./smtp";
import { PEER_HEADER, peerHeaderValue } from "@/lib/http/peer-address.mjs";

export const SITE = "https://uutiskirje.example";
export const SECRET = "test-secret-that-is-long-enough-0123456789";
const quietLog: Logger = {
  info: () => undefined,
  warn: () => undefined,
  error: consoleLogger.error,
};

// The newsletter wired to a real database, a real SMTP server and a clock the test moves.
// `env`: build the transport from this configuration (its SMTP_URL replaced by the test
// server's), as the server does, instead of a plain unsigned one.
export async function startHarness(
  t: TestDatabase,
  options: { rateLimit?: number; env?: Env; refuse?: SmtpServerOptions["refuse"] } = {},
) {
  const smtp = await startSmtpServer({ refuse: options.refuse });
  let now = Date.UTC(2026, 10, 28, 8, 0);
  const deps: NewsletterDeps = {
    db: t.db,
    clock: () => now,
    siteUrl: SITE,
    siteName: "Juridiikan ja talouden uutiskirje",
    tokenSecret: SECRET,
    log: quietLog,
  };
  const limiter = options.rateLimit
    ? await createRateLimiter(t.db, {
        keyPrefix: `t${Math.random()}`,
        points: options.rateLimit,
        durationSeconds: 600,
      })
    : null;
  const server: NewsletterServer = { deps, limiter, trustProxy: 0 };
  setNewsletterServer(server);
  const transport = options.env
    ? createTransportFromEnv({ ...options.env, SMTP_URL: smtp.url }, { tokenSecret: SECRET })
    : createMailTransport({
        from: "Uutiskirje <uutiskirje@uutiskirje.example>",
        smtpUrl: smtp.url,
        outboxDir: "unused",
      });
  return {
    deps,
    smtp,
    advance(ms: number) {
      now += ms;
    },
    deliver: () => deliverQueuedMail({ db: t.db, transport, clock: () => now, log: quietLog }),
    async stop() {
      setNewsletterServer(undefined);
      transport.close();
      await smtp.close();
    },
  };
}

type PostOptions = { json?: boolean; headers?: Record<string, string>; ip?: string };

// A browser-like POST of the sign-up form to `url` (same-origin headers unless overridden).
export function formPost(
  url: string,
  fields: Record<string, string | string[]>,
  options: PostOptions = {},
) {
  const body = options.json
    ? JSON.stringify(fields)
    : new URLSearchParams(
        Object.entries(fields).flatMap(([k, v]) => (Array.isArray(v) ? v : [v]).map((x) => [k, x])),
      ).toString();
  return new Request(`${SITE}${url}`, {
    method: "POST",
    headers: {
      "content-type": options.json ? "application/json" : "application/x-www-form-urlencoded",
      origin: SITE,
      "sec-fetch-site": "same-origin",
      // As the server process stamps it from the socket (lib/http/peer-address.mjs).
      [PEER_HEADER]: peerHeaderValue(options.ip ?? "192.0.2.1"),
      ...options.headers,
    },
    body,
  });
}

// The POST a mail client sends for RFC 8058 one-click unsubscribe, to the mail's link.
export function oneClickPost(url: string) {
  return new Request(url, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: "List-Unsubscribe=One-Click",
  });
}

// Gives a fresh database and harness for every test of the enclosing describe, stopped after it.
export function harnessPerTest(open: () => Promise<TestDatabase>, skip: boolean) {
  const current = {} as { t: TestDatabase; h: Awaited<ReturnType<typeof startHarness>> };
  beforeEach(async () => {
    if (skip) return;
    current.t = await open();
    current.h = await startHarness(current.t);
  });
  afterEach(async () => {
    if (skip) return;
    await current.h.stop();
    await current.t.dispose();
  });
  return current;
}
