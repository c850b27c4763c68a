export type RetryPolicy = { baseMs: number; maxMs: number };

// The outbox: 30 s, 1 min, 2 min … capped at an hour, so SMTP being down for a while loses nothing.
export const OUTBOX_RETRY: RetryPolicy = { baseMs: 30_000, maxMs: 60 * 60_000 };

// How long a queued message that the reader's server keeps refusing for now (a full mailbox,
// greylisting that never clears) is tried before it is given up: 5 days, RFC 5321 4.5.4.1's
// "at least 4-5 days" and Postfix's maximal_queue_lifetime. A confirmation or welcome mail
// older than that helps nobody, and the address must not stay in the queue for good. Waiting
// out a fault of ours or a relay that is down never counts against a message: those passes
// stop before any message is tried.
export const OUTBOX_LIFETIME_MS = 5 * 24 * 60 * 60_000;

// The relay as a whole, after a fault of ours or no answer: the delivery loop pauses 30 s,
// doubling to 5 minutes, then tries again. A fixed relay is noticed within 5 minutes however
// long it was down, and a login refused every 5 minutes stays under the usual ban thresholds
// (fail2ban: 5 failures in 10 minutes).
export const RELAY_RETRY: RetryPolicy = { baseMs: 30_000, maxMs: 5 * 60_000 };

// Gives the wait before the next try after `failures` failed ones (0, 1, …): doubling from
// the policy's base, capped at its maximum. The one back-off of every mail path.
export function retryDelay(failures: number, policy: RetryPolicy): number {
  return Math.min(policy.baseMs * 2 ** failures, policy.maxMs);
}
