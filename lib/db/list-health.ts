import type { Queryable } from "./types";

export type ListHealthCounts = {
  subscribers: Record<"pending" | "confirmed" | "unsubscribed", number>;
  confirmedByTopic: Record<string, number>;
  suppressed: Record<"hard-bounce" | "soft-bounce" | "complaint", number>;
  lastIssue: { day: string; counts: Record<string, number> } | null;
  outboxWaiting: number;
  // Since `since`: mails handed over (issues and queued mail), issue mails alone, and events.
  mailsSent: number;
  issueMailsSent: number;
  events: Record<"hard" | "soft" | "policy" | "complaint", number>;
};

const num = (v: unknown) => Number(v ?? 0);

// Gives the counts `newsletter status` reports, each one query the database answers itself.
export async function countListHealth(
  q: Queryable,
  topics: readonly string[],
  since: number,
  now: number,
): Promise<ListHealthCounts> {
  const subscribers = { pending: 0, confirmed: 0, unsubscribed: 0 };
  for (const r of await q.all<{ status: keyof typeof subscribers; n: number }>(
    `SELECT status, COUNT(*) AS n FROM subscribers GROUP BY status`,
  ))
    subscribers[r.status] = num(r.n);
  const confirmedByTopic: Record<string, number> = {};
  for (const topic of topics) {
    const row = await q.get<{ n: number }>(
      `SELECT COUNT(*) AS n FROM subscribers
       WHERE status = 'confirmed' AND (',' || topics || ',') LIKE ?`,
      [`%,${topic},%`],
    );
    confirmedByTopic[topic] = num(row?.n);
  }
  const suppressed = { "hard-bounce": 0, "soft-bounce": 0, complaint: 0 };
  for (const r of await q.all<{ reason: keyof typeof suppressed; n: number }>(
    `SELECT reason, COUNT(*) AS n FROM suppressions WHERE until IS NULL OR until > ? GROUP BY reason`,
    [now],
  ))
    suppressed[r.reason] = num(r.n);
  const last = await q.get<{ d: string }>(`SELECT MAX(issue_date) AS d FROM issue_sends`);
  let lastIssue: ListHealthCounts["lastIssue"] = null;
  if (last?.d) {
    const counts: Record<string, number> = {};
    for (const r of await q.all<{ status: string; n: number }>(
      `SELECT status, COUNT(*) AS n FROM issue_sends WHERE issue_date = ? GROUP BY status`,
      [last.d],
    ))
      counts[r.status] = num(r.n);
    lastIssue = { day: last.d, counts };
  }
  const outbox = await q.get<{ n: number }>(`SELECT COUNT(*) AS n FROM outbox`);
  const issues = await q.get<{ n: number }>(
    `SELECT COUNT(*) AS n FROM issue_sends WHERE status = 'sent' AND sent_at >= ?`,
    [since],
  );
  const queued = await q.get<{ n: number }>(
    `SELECT COUNT(*) AS n FROM sent_mail WHERE sent_at >= ?`,
    [since],
  );
  const events = { hard: 0, soft: 0, policy: 0, complaint: 0 };
  for (const r of await q.all<{ kind: keyof typeof events; n: number }>(
    `SELECT kind, COUNT(*) AS n FROM bounce_events WHERE occurred_at >= ? GROUP BY kind`,
    [since],
  ))
    events[r.kind] = num(r.n);
  return {
    subscribers,
    confirmedByTopic,
    suppressed,
    lastIssue,
    outboxWaiting: num(outbox?.n),
    mailsSent: num(issues?.n) + num(queued?.n),
    issueMailsSent: num(issues?.n),
    events,
  };
}
