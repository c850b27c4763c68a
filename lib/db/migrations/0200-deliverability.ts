import type { Migration } from "./types";

// Deliverability (issue 13). Keyed by address, not subscriber id: a hard bounce must keep
// stopping mail to an address whose pending sign-up the bounce removed. Erasing a subscriber
// erases these rows too (lib/db/suppressions.ts), and bounce events live 90 days at most.
// - suppressions: why mail to an address stops, until when (NULL: until erased);
// - bounce_events: the minimum of each DSN/ARF report or SMTP refusal (date, kind, status
//   code, short diagnostic); event_key makes a report counted once however often it is read;
// - sent_mail: which queued mail (confirmation, "already subscribed") really went out, so a
//   bounce naming an outbox id can be checked against it (issues are in issue_sends);
// - job_leases: one `bounces` run at a time across machines (IMAP MOVE is not a claim).
const tables = (int: string, serial: string) => [
  `CREATE TABLE suppressions (
      email TEXT PRIMARY KEY,
      reason TEXT NOT NULL CHECK (reason IN ('hard-bounce', 'soft-bounce', 'complaint')),
      since ${int} NOT NULL,
      until ${int},
      status_code TEXT
    )`,
  `CREATE TABLE bounce_events (
      id ${serial},
      event_key TEXT NOT NULL UNIQUE,
      email TEXT NOT NULL,
      occurred_at ${int} NOT NULL,
      kind TEXT NOT NULL CHECK (kind IN ('hard', 'soft', 'policy', 'complaint')),
      source TEXT NOT NULL CHECK (source IN ('dsn', 'arf', 'smtp')),
      status_code TEXT,
      diagnostic TEXT,
      issue_date TEXT
    )`,
  `CREATE INDEX bounce_events_email ON bounce_events (email, occurred_at)`,
  `CREATE INDEX bounce_events_time ON bounce_events (occurred_at, kind)`,
  `CREATE TABLE sent_mail (
      ref TEXT PRIMARY KEY,
      subscriber_id ${int} NOT NULL,
      sent_at ${int} NOT NULL
    )`,
  `CREATE INDEX sent_mail_time ON sent_mail (sent_at)`,
  `CREATE INDEX issue_sends_sent_at ON issue_sends (sent_at)`,
  `CREATE TABLE job_leases (name TEXT PRIMARY KEY, holder TEXT NOT NULL, until ${int} NOT NULL)`,
];

export const deliverability: Migration = {
  id: "0200-deliverability",
  sqlite: tables("INTEGER", "INTEGER PRIMARY KEY AUTOINCREMENT"),
  postgres: tables("BIGINT", "BIGSERIAL PRIMARY KEY"),
};
