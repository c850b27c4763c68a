import { enqueueIssueSends, insertImportedSubscribers, type Db, type Frequency } from "@/lib/db";

const TOPIC_SETS = [
  ["talous"],
  ["verotus"],
  ["juridiikka"],
  ["talous", "verotus"],
  ["talous", "juridiikka"],
  ["verotus", "juridiikka"],
  ["talous", "verotus", "juridiikka"],
];

// Adds `count` confirmed subscribers (lukija<n>@example.fi, topics in a repeating mix) through
// the list import's multi-row insert, a thousand rows per statement: 100 000 take seconds.
// `weeklyEvery`: every n-th reader chose the weekly digest (0: all daily).
export async function seedConfirmedSubscribers(db: Db, count: number, from = 0, weeklyEvery = 0) {
  const now = Date.parse("2023-09-01T06:00:00Z");
  for (let start = from; start < from + count; start += 5000) {
    await db.transaction(async (tx) => {
      for (let batch = start; batch < Math.min(from + count, start + 5000); batch += 1000) {
        const rows = Array.from({ length: Math.min(1000, from + count - batch) }, (_, k) => ({
          email: `lukija${batch + k}@example.fi`,
          topics: TOPIC_SETS[(batch + k) % TOPIC_SETS.length]!,
          frequency: (weeklyEvery && (batch + k) % weeklyEvery === 0
            ? "weekly"
            : "daily") as Frequency,
          status: "confirmed" as const,
          consentAt: now,
          consentSource: "seed",
          consentVersion: "seed",
          mailed: false,
        }));
        await insertImportedSubscribers(tx, rows, now);
      }
    });
  }
}

// The send log of `day` for every confirmed subscriber, the first `sent` of them already sent.
export async function seedIssueSends(db: Db, day: string, sent: number) {
  await enqueueIssueSends(db, day);
  await db.run(
    `UPDATE issue_sends SET status = 'sent', sent_at = 1 WHERE issue_date = ? AND subscriber_id IN
       (SELECT subscriber_id FROM issue_sends WHERE issue_date = ? ORDER BY subscriber_id LIMIT ?)`,
    [day, day, sent],
  );
}
