import { z } from "zod";
import { countColumn, frequencyColumn, parseOneRow, parseRow, type Frequency } from "./rows";
import type { Queryable } from "./types";

export type ListHealthCounts = {
  subscribers: Record<"pending" | "confirmed" | "unsubscribed", number>;
  confirmedByTopic: Record<string, number>;
  // Confirmed readers by rhythm (subscribers.frequency): every issue day, or once a week.
  confirmedByRhythm: Record<Frequency, number>;
  suppressed: Record<"hard-bounce" | "soft-bounce" | "complaint", number>;
  lastIssue: { day: string; counts: Record<string, number> } | null;
  outboxWaiting: number;
  // The oldest queued mail: when it was queued and why its last try failed (null: none).
  outboxOldest: { queuedAt: number; lastError: string | null } | null;
  // Since `since`: mails handed over (issues and queued mail), issue mails alone, and events.
  mailsSent: number;
  issueMailsSent: number;
  events: Record<"hard" | "soft" | "policy" | "complaint", number>;
};

const countRow = z.object({ n: countColumn });
const subscriberCount = z.object({
  status: z.enum(["pending", "confirmed", "unsubscribed"]),
  n: countColumn,
});
const rhythmCount = z.object({ frequency: frequencyColumn, n: countColumn });
const suppressionCount = z.object({
  reason: z.enum(["hard-bounce", "soft-bounce", "complaint"]),
  n: countColumn,
});
const lastIssueRow = z.object({ d: z.string().nullable() });
const oldestRow = z
  .object({ created_at: z.number(), last_error: z.string().nullable() })
  .transform((r) => ({ queuedAt: r.created_at, lastError: r.last_error }));
const sendCount = z.object({ status: z.string(), n: countColumn });
const eventCount = z.object({
  kind: z.enum(["hard", "soft", "policy", "complaint"]),
  n: countColumn,
});

// Gives the counts `newsletter status` reports, each one query the database answers itself.
export async function countListHealth(
  q: Queryable,
  topics: readonly string[],
  since: number,
  now: number,
): Promise<ListHealthCounts> {
  const count = async (sql: string, params: readonly unknown[] = []) =>
    parseOneRow(countRow, await q.get(sql, params)).n;
  const subscribers = { pending: 0, confirmed: 0, unsubscribed: 0 };
  for (const row of await q.all(`SELECT status, COUNT(*) AS n FROM subscribers GROUP BY status`)) {
    const r = parseRow(subscriberCount, row);
    subscribers[r.status] = r.n;
  }
  const confirmedByTopic: Record<string, number> = {};
  for (const topic of topics) {
    confirmedByTopic[topic] = await count(
      `SELECT COUNT(*) AS n FROM subscribers
       WHERE status = 'confirmed' AND (',' || topics || ',') LIKE ?`,
      [`%,${topic},%`],
    );
  }
  const confirmedByRhythm: Record<Frequency, number> = { daily: 0, weekly: 0 };
  for (const row of await q.all(
    `SELECT frequency, COUNT(*) AS n FROM subscribers WHERE status = 'confirmed' GROUP BY frequency`,
  )) {
    const r = parseRow(rhythmCount, row);
    confirmedByRhythm[r.frequency] = r.n;
  }
  const suppressed = { "hard-bounce": 0, "soft-bounce": 0, complaint: 0 };
  for (const row of await q.all(
    `SELECT reason, COUNT(*) AS n FROM suppressions WHERE until IS NULL OR until > ? GROUP BY reason`,
    [now],
  )) {
    const r = parseRow(suppressionCount, row);
    suppressed[r.reason] = r.n;
  }
  const last = parseOneRow(
    lastIssueRow,
    await q.get(`SELECT MAX(issue_date) AS d FROM issue_sends`),
  ).d;
  let lastIssue: ListHealthCounts["lastIssue"] = null;
  if (last) {
    const counts: Record<string, number> = {};
    for (const row of await q.all(
      `SELECT status, COUNT(*) AS n FROM issue_sends WHERE issue_date = ? GROUP BY status`,
      [last],
    )) {
      const r = parseRow(sendCount, row);
      counts[r.status] = r.n;
    }
    lastIssue = { day: last, counts };
  }
  const outbox = await count(`SELECT COUNT(*) AS n FROM outbox`);
  const oldest = await q.get(`SELECT created_at, last_error FROM outbox ORDER BY id LIMIT 1`);
  const issues = await count(
    `SELECT COUNT(*) AS n FROM issue_sends WHERE status = 'sent' AND sent_at >= ?`,
    [since],
  );
  const queued = await count(`SELECT COUNT(*) AS n FROM sent_mail WHERE sent_at >= ?`, [since]);
  const events = { hard: 0, soft: 0, policy: 0, complaint: 0 };
  for (const row of await q.all(
    `SELECT kind, COUNT(*) AS n FROM bounce_events WHERE occurred_at >= ? GROUP BY kind`,
    [since],
  )) {
    const r = parseRow(eventCount, row);
    events[r.kind] = r.n;
  }
  return {
    subscribers,
    confirmedByTopic,
    confirmedByRhythm,
    suppressed,
    lastIssue,
    outboxWaiting: outbox,
    outboxOldest: oldest ? parseRow(oldestRow, oldest) : null,
    mailsSent: issues + queued,
    issueMailsSent: issues,
    events,
  };
}
