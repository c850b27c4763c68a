export type RetryPolicy = { baseMs: number; maxMs: number };

// The outbox: 30 s, 1 min, 2 min … capped at an hour, so SMTP being down for a while loses nothing.
export const OUTBOX_RETRY: RetryPolicy = { baseMs: 30_000, maxMs: 60 * 60_000 };

// Gives the wait before the next try after `failures` failed ones (0, 1, …): doubling from
// the policy's base, capped at its maximum. The one back-off of every mail path.
export function retryDelay(failures: number, policy: RetryPolicy): number {
  return Math.min(policy.baseMs * 2 ** failures, policy.maxMs);
}
