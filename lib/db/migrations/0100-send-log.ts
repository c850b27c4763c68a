import type { Migration } from "./types";

// One row per (issue day, subscriber): the weekday send's claim and its outcome. Status goes
// pending → sending (claimed, with a lease) → sent | skipped | failed; a claim whose lease ran
// out belongs to a run that died and is taken over; a deferred row waits until retry_at. Erasing a subscriber erases their rows.
const columns = (int: string) => `(
      issue_date TEXT NOT NULL,
      subscriber_id ${int} NOT NULL REFERENCES subscribers (id) ON DELETE CASCADE,
      status TEXT NOT NULL CHECK (status IN ('pending', 'sending', 'sent', 'skipped', 'failed')),
      attempts INTEGER NOT NULL DEFAULT 0,
      claimed_by TEXT,
      claimed_until ${int},
      retry_at ${int},
      sent_at ${int},
      last_error TEXT,
      PRIMARY KEY (issue_date, subscriber_id)
    )`;

export const sendLog: Migration = {
  id: "0100-send-log",
  sqlite: [
    `CREATE TABLE issue_sends ${columns("INTEGER")}`,
    `CREATE INDEX issue_sends_status ON issue_sends (issue_date, status, subscriber_id)`,
  ],
  postgres: [
    `CREATE TABLE issue_sends ${columns("BIGINT")}`,
    `CREATE INDEX issue_sends_status ON issue_sends (issue_date, status, subscriber_id)`,
  ],
};
