import { z } from "zod";
import { classifyRecordedRefusal } from "../../mail/failure";
import { idColumn, parseRow } from "../rows";
import { recordSuppressionLift } from "../suppression-lifts";
import type { Queryable } from "../types";
import type { Migration } from "./types";

// Issue 18's repair. Before the one classifier (lib/mail/failure.ts), every 5xx reply while
// sending counted as the reader's hard bounce: a refused login, sender, quota or policy
// suppressed every reader the run reached. This lifts the suppressions that rest only on such
// send-time refusals, re-files their events (policy when the fault was ours, soft when the
// reader's mail was only refused for now), and makes the issue mails refused that way pending
// again, so `send --date D` can still deliver them. suppression_lifts records every lift, the
// operator's by hand (`subscribers -- unsuppress`) too.
const tables = (int: string, serial: string) => [
  `CREATE TABLE suppression_lifts (
      id ${serial},
      email TEXT NOT NULL,
      lifted_at ${int} NOT NULL,
      reason TEXT NOT NULL,
      was_reason TEXT NOT NULL,
      was_status_code TEXT,
      lifted_by TEXT NOT NULL CHECK (lifted_by IN ('operator', 'repair'))
    )`,
  `CREATE INDEX suppression_lifts_email ON suppression_lifts (email, lifted_at)`,
  `CREATE INDEX suppression_lifts_time ON suppression_lifts (lifted_at)`,
];

const eventRow = z.object({
  id: idColumn,
  email: z.string(),
  source: z.string(),
  status_code: z.string().nullable(),
  diagnostic: z.string().nullable(),
});
const failedRow = z.object({
  issue_date: z.string(),
  subscriber_id: idColumn,
  last_error: z.string().nullable(),
});

const refusal = (e: { diagnostic: string | null; status_code: string | null }) =>
  classifyRecordedRefusal(e.diagnostic ?? "", e.status_code);

async function liftSendRefusals(tx: Queryable): Promise<string[]> {
  const events = (
    await tx.all(
      `SELECT e.id, e.email, e.source, e.status_code, e.diagnostic FROM bounce_events e
       JOIN suppressions s ON s.email = e.email
       WHERE s.reason = 'hard-bounce' AND e.kind = 'hard' ORDER BY e.id`,
    )
  ).map((r) => parseRow(eventRow, r));
  const byEmail = new Map<string, (typeof events)[number][]>();
  for (const e of events) byEmail.set(e.email, [...(byEmail.get(e.email) ?? []), e]);
  const now = Date.now();
  let lifted = 0;
  let gone = 0;
  for (const [email, list] of byEmail) {
    // One DSN or send-time refusal that names the mailbox gone keeps the suppression.
    if (list.some((e) => e.source !== "smtp" || refusal(e).outcome === "recipient-gone")) continue;
    await tx.run(`DELETE FROM suppressions WHERE email = ?`, [email]);
    const last = list.at(-1)!;
    await recordSuppressionLift(tx, email, {
      at: now,
      reason: `0410: the send-time refusal was not the reader's: ${refusal(last).summary}`,
      was: "hard-bounce",
      statusCode: last.status_code,
      by: "repair",
    });
    for (const e of list) {
      const kind = refusal(e).outcome === "recipient-later" ? "soft" : "policy";
      await tx.run(`UPDATE bounce_events SET kind = ? WHERE id = ?`, [kind, e.id]);
    }
    lifted++;
    const signedUp = await tx.get(`SELECT 1 AS ok FROM subscribers WHERE lower(email) = ?`, [
      email,
    ]);
    if (!signedUp) gone++;
  }
  const failed = (
    await tx.all(
      `SELECT issue_date, subscriber_id, last_error FROM issue_sends WHERE status = 'failed'`,
    )
  ).map((r) => parseRow(failedRow, r));
  const reopened = new Map<string, number>();
  for (const row of failed) {
    if (classifyRecordedRefusal(row.last_error ?? "", null).outcome === "recipient-gone") continue;
    await tx.run(
      `UPDATE issue_sends SET status = 'pending', sent_at = NULL, claimed_by = NULL,
         claimed_until = NULL, retry_at = NULL WHERE issue_date = ? AND subscriber_id = ?`,
      [row.issue_date, row.subscriber_id],
    );
    reopened.set(row.issue_date, (reopened.get(row.issue_date) ?? 0) + 1);
  }
  return [
    `lifted ${lifted} suppressions recorded from send-time refusals that were not the reader's (login, sender, quota, policy …); those readers get mail again`,
    ...(gone
      ? [
          `${gone} of them have no sign-up any more (the refusal removed it): they can sign up again`,
        ]
      : []),
    ...[...reopened].map(
      ([day, n]) =>
        `${n} mails of the issue of ${day} refused that way are pending again: npm run newsletter -- send --date ${day} sends them`,
    ),
  ];
}

export const liftSendRefusalsMigration: Migration = {
  id: "0410-lift-send-refusals",
  sqlite: tables("INTEGER", "INTEGER PRIMARY KEY AUTOINCREMENT"),
  postgres: tables("BIGINT", "BIGSERIAL PRIMARY KEY"),
  data: liftSendRefusals,
};
