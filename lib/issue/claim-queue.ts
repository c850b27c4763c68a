import {
  addressIdentity,
  claimIssueSends,
  findSuppressions,
  lastForeignLease,
  renewIssueSends,
  type ClaimedSend,
  type Db,
  type Suppression,
} from "../db";
import { keepLeasesRenewed } from "../mail/lease-renewal";

export type QueuedSend = ClaimedSend & { suppression: Suppression | null };

export type ClaimQueueOptions = {
  db: Db;
  day: string;
  runId: string;
  clock: () => number;
  sleep: (ms: number) => Promise<void>;
  leaseMs: number;
  batchSize: number;
  // A renewal failed: the run can no longer vouch for its claims and must stop.
  onLostLeases: (error: unknown) => void;
};

// Hands a run's workers the issue's unsent rows, claimed a batch per statement with each
// subscriber's address, topics, status and suppression. Due rows come from a cursor in
// subscriber order (one pass over the index, never again over rows taken), then from the start
// once more (rows given back or due again), then claims whose run died. When only other runs'
// claims are left, it waits once for their leases to run out: after a crash, a rerun started
// at once still sends what the dead run held. The run's claims are renewed until close().
export function openClaimQueue(o: ClaimQueueOptions) {
  const buffer: QueuedSend[] = [];
  const held = new Set<number>();
  let cursor = 0;
  let waited = false;
  let exhausted = false;
  let fetching: Promise<void> | undefined;

  const stopRenewing = keepLeasesRenewed(
    async () => {
      const ids = [...held];
      const until = o.clock() + o.leaseMs;
      const renewed = new Set(
        await renewIssueSends(o.db, { day: o.day, runId: o.runId, ids, until }),
      );
      for (const id of ids) if (!renewed.has(id)) held.delete(id);
    },
    o.leaseMs,
    o.onLostLeases,
  );

  async function claim(afterId?: number) {
    const request = { day: o.day, runId: o.runId, now: o.clock(), leaseMs: o.leaseMs };
    const rows = await claimIssueSends(o.db, { ...request, limit: o.batchSize, afterId });
    for (const row of rows) held.add(row.subscriberId);
    if (rows.length === 0) return rows;
    const emails = rows.filter((r) => r.confirmed).map((r) => r.email);
    const suppressions = await findSuppressions(o.db, emails, request.now);
    for (const row of rows)
      buffer.push({ ...row, suppression: suppressions.get(addressIdentity(row.email)) ?? null });
    return rows;
  }

  async function refill() {
    for (;;) {
      const due = await claim(cursor);
      if (due.length > 0) {
        cursor = due.at(-1)!.subscriberId;
        return;
      }
      if (cursor > 0) {
        cursor = 0;
        continue;
      }
      if ((await claim()).length > 0) return;
      const until = waited ? null : await lastForeignLease(o.db, o.day, o.runId);
      if (until === null) {
        exhausted = true;
        return;
      }
      waited = true;
      await o.sleep(Math.max(0, until - o.clock()) + 50);
    }
  }

  return {
    // Gives the next claimed row, or undefined when the issue has none left for this run.
    async take(): Promise<QueuedSend | undefined> {
      while (buffer.length === 0 && !exhausted) {
        fetching ??= refill().finally(() => (fetching = undefined));
        await fetching;
      }
      return buffer.shift();
    },
    // True while this run still holds the row (false: its lease was lost to another run).
    holds: (id: number) => held.has(id),
    // The row is finished or given back: no need to renew it any more.
    done(id: number) {
      held.delete(id);
    },
    // Stops renewing; gives the rows claimed but never taken, for the caller to give back.
    close(): number[] {
      stopRenewing();
      exhausted = true;
      return buffer.splice(0).map((row) => row.subscriberId);
    },
  };
}

export type ClaimQueue = ReturnType<typeof openClaimQueue>;
