// Timers fire late after a suspend, and a day-long setTimeout is fragile: re-check hourly.
const MAX_TIMER_MS = 60 * 60_000;

export type DailyTimer = { stop(): void };

// Calls `run` at the instant `dueAfter(now)` gives (the first after `now`), then at the next
// one after that run ends, and so on until stopped. A failed run is reported to `failed`.
export function startDailyTimer(deps: {
  clock: () => number;
  dueAfter: (now: number) => number;
  run: () => Promise<void>;
  failed: (error: unknown) => void;
}): DailyTimer {
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  let due = deps.dueAfter(deps.clock());

  function arm() {
    if (stopped) return;
    const wait = Math.max(0, Math.min(due - deps.clock(), MAX_TIMER_MS));
    timer = setTimeout(() => {
      if (deps.clock() < due) return arm();
      due = deps.dueAfter(deps.clock());
      deps.run().catch(deps.failed).finally(arm);
    }, wait);
    timer.unref();
  }

  arm();
  return {
    stop() {
      stopped = true;
      clearTimeout(timer);
    },
  };
}
