// Which of several rows that are one mailbox survives a merge, and with what. Pure, so that
// the rules are tested on their own (tests/lib/db/merge-plan.test.ts).

export type MergeRow = {
  id: number;
  email: string;
  status: "pending" | "confirmed" | "unsubscribed";
  topics: string[];
  consentAt: number;
  confirmedAt: number | null;
  unsubscribedAt: number | null;
  lastMailAt: number | null;
  createdAt: number;
  updatedAt: number;
};

export type MergePlan = { keep: MergeRow; drop: MergeRow[] };

const latest = (values: (number | null)[]) =>
  values.reduce<number | null>((a, b) => (b !== null && (a === null || b > a) ? b : a), null);

// Confirmed beats pending: the survivor is the confirmed row with the earliest consent (its
// consent record is kept), with the union of the confirmed rows' topics; a pending row's topics
// were never confirmed and are dropped. When the mailbox's last act was to unsubscribe (later
// than every confirmation), that is honoured: the survivor is unsubscribed. Without a confirmed
// row the row changed last survives as it is (the newest sign-up, or the latest unsubscribe).
// Every survivor keeps the latest mail time (so the resend gaps hold) and the first creation.
export function planMerge(rows: readonly MergeRow[]): MergePlan {
  const confirmed = rows
    .filter((r) => r.status === "confirmed")
    .sort((a, b) => a.consentAt - b.consentAt || a.id - b.id);
  const newest = [...rows].sort((a, b) => b.updatedAt - a.updatedAt || b.id - a.id)[0]!;
  const base = confirmed[0] ?? newest;
  const keep: MergeRow = {
    ...base,
    lastMailAt: latest(rows.map((r) => r.lastMailAt)),
    createdAt: Math.min(...rows.map((r) => r.createdAt)),
    updatedAt: Math.max(...rows.map((r) => r.updatedAt)),
  };
  if (confirmed.length > 0) {
    keep.topics = [...new Set(confirmed.flatMap((r) => r.topics))];
    const leftAt = latest(rows.map((r) => (r.status === "unsubscribed" ? r.unsubscribedAt : null)));
    const confirmedAt = latest(confirmed.map((r) => r.confirmedAt));
    if (leftAt !== null && (confirmedAt === null || leftAt > confirmedAt)) {
      keep.status = "unsubscribed";
      keep.unsubscribedAt = leftAt;
    }
  }
  return { keep, drop: rows.filter((r) => r.id !== base.id) };
}
