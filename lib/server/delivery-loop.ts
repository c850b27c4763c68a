import "server-only";
import { deliverQueuedMail, type DeliveryDeps } from "@/lib/mail";
import { purgeOldBounceEvents, purgeStaleSignups } from "../subscription/privacy";

const DAY = 24 * 60 * 60_000;

export type DeliveryLoop = { wake(): void; stop(): Promise<void> };

// Sends queued mail every `intervalMs` (and soon after wake()), and purges stale sign-ups once
// a day. One pass at a time; errors (database or SMTP down) are logged and retried next tick.
export function startDeliveryLoop(deps: DeliveryDeps, intervalMs: number): DeliveryLoop {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let again = false;
  let stopped = false;
  let lastPurge = 0;

  async function pass() {
    try {
      if (deps.clock() - lastPurge >= DAY) {
        lastPurge = deps.clock();
        const purged = await purgeStaleSignups(deps.db, deps.clock());
        if (purged > 0) deps.log.info(`purged ${purged} unconfirmed sign-ups older than 30 days`);
        const events = await purgeOldBounceEvents(deps.db, deps.clock());
        if (events > 0) deps.log.info(`purged ${events} bounce events older than 90 days`);
      }
      await deliverQueuedMail(deps);
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
