import "server-only";
import { deliverQueuedMail, RELAY_RETRY, retryDelay, type DeliveryDeps } from "@/lib/mail";
import { purgeOldBounceEvents, purgeStaleSignups } from "../subscription/privacy";

const DAY = 24 * 60 * 60_000;

export type DeliveryLoop = { wake(): void; stop(): Promise<void> };

// Sends queued mail every `intervalMs` (and soon after wake()), and purges stale sign-ups once
// a day. One pass at a time; errors (database down) are logged and retried next tick. When a
// pass stops on a fault of ours or a relay that does not answer, sending pauses by RELAY_RETRY
// (30 s doubling to 5 min, by `clock`), wakes included; the first pass after the pause tries
// the oldest mail again, and once one goes through the queue flows as before.
export function startDeliveryLoop(deps: DeliveryDeps, intervalMs: number): DeliveryLoop {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let again = false;
  let stopped = false;
  let lastPurge = 0;
  let relayFailures = 0;
  let pausedUntil = 0;

  async function deliver() {
    if (deps.clock() < pausedUntil) return;
    const result = await deliverQueuedMail(deps);
    if (!result.stopped) {
      relayFailures = 0;
      return;
    }
    const pause = retryDelay(relayFailures++, RELAY_RETRY);
    pausedUntil = deps.clock() + pause;
    deps.log.error(
      `mail delivery paused for ${pause / 1000} s, nothing lost: ${result.stopped.summary}`,
    );
  }

  async function pass() {
    try {
      if (deps.clock() - lastPurge >= DAY) {
        lastPurge = deps.clock();
        const purged = await purgeStaleSignups(deps.db, deps.clock());
        if (purged > 0) deps.log.info(`purged ${purged} unconfirmed sign-ups older than 30 days`);
        const events = await purgeOldBounceEvents(deps.db, deps.clock());
        if (events > 0) deps.log.info(`purged ${events} bounce events older than 90 days`);
      }
      await deliver();
    } catch (error) {
      deps.log.error("mail delivery pass failed:", error instanceof Error ? error.message : error);
    }
  }

  function run() {
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    clearTimeout(timer);
    running = pass().finally(() => {
      running = undefined;
      if (stopped) return;
      if (again) {
        again = false;
        setImmediate(run);
      } else schedule();
    });
  }

  function schedule() {
    timer = setTimeout(run, intervalMs);
    timer.unref();
  }

  setImmediate(run);
  return {
    wake: () => setImmediate(run),
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
