import type { Migration } from "./types";

// Timestamps are milliseconds since the epoch in both dialects; topics a comma-separated list.
export const subscribers: Migration = {
  id: "0001-subscribers",
  sqlite: [
    `CREATE TABLE subscribers (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      email TEXT NOT NULL UNIQUE,
      status TEXT NOT NULL CHECK (status IN ('pending', 'confirmed', 'unsubscribed')),
      topics TEXT NOT NULL,
      consent_at INTEGER NOT NULL,
      consent_version TEXT NOT NULL,
      consent_topics TEXT NOT NULL,
      confirmed_at INTEGER,
      unsubscribed_at INTEGER,
      last_mail_at INTEGER,
      created_at INTEGER NOT NULL,
      updated_at INTEGER NOT NULL
    )`,
    `CREATE INDEX subscribers_status_id ON subscribers (status, id)`,
    `CREATE TABLE outbox (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      recipient TEXT NOT NULL,
      message TEXT NOT NULL,
      created_at INTEGER NOT NULL,
      attempts INTEGER NOT NULL DEFAULT 0,
      next_attempt_at INTEGER NOT NULL,
      locked_until INTEGER,
      last_error TEXT
    )`,
    `CREATE INDEX outbox_due ON outbox (next_attempt_at)`,
    `CREATE INDEX outbox_recipient ON outbox (recipient)`,
  ],
  postgres: [
    `CREATE TABLE subscribers (
      id BIGSERIAL PRIMARY KEY,
      email TEXT NOT NULL UNIQUE,
      status TEXT NOT NULL CHECK (status IN ('pending', 'confirmed', 'unsubscribed')),
      topics TEXT NOT NULL,
      consent_at BIGINT NOT NULL,
      consent_version TEXT NOT NULL,
      consent_topics TEXT NOT NULL,
      confirmed_at BIGINT,
      unsubscribed_at BIGINT,
      last_mail_at BIGINT,
      created_at BIGINT NOT NULL,
      updated_at BIGINT NOT NULL
    )`,
    `CREATE INDEX subscribers_status_id ON subscribers (status, id)`,
    `CREATE TABLE outbox (
      id BIGSERIAL PRIMARY KEY,
      recipient TEXT NOT NULL,
      message TEXT NOT NULL,
      created_at BIGINT NOT NULL,
      attempts INTEGER NOT NULL DEFAULT 0,
      next_attempt_at BIGINT NOT NULL,
      locked_until BIGINT,
      last_error TEXT
    )`,
    `CREATE INDEX outbox_due ON outbox (next_attempt_at)`,
    `CREATE INDEX outbox_recipient ON outbox (recipient)`,
  ],
};
