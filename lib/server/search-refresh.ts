// Keeps the site search current across 00:00 Helsinki: the new day's index is built in the
// background from the first instant of the day, while searches are answered from the old one
// (lib/search/live-index.ts), so no reader's search waits for the rebuild.
import { nextPublishMoment } from "../content/publication";
import type { Logger } from "../log";
import { refreshSiteSearch } from "../search/site-search";
import { startDailyTimer, type DailyTimer } from "./daily-timer";

export type SearchRefreshDeps = {
  clock: () => number;
  refresh: () => Promise<void>;
  log: Logger;
};

// Builds the index now (so the first search does not wait), then at each 00:00 Helsinki.
export function startSearchRefresh(deps: SearchRefreshDeps): DailyTimer {
  const run = async () => {
    const started = deps.clock();
    await deps.refresh();
    deps.log.info(`search index current in ${((deps.clock() - started) / 1000).toFixed(1)} s`);
  };
  const failed = (error: unknown) =>
    deps.log.error("search index build failed:", error instanceof Error ? error.message : error);
  run().catch(failed);
  return startDailyTimer({ clock: deps.clock, dueAfter: nextPublishMoment, run, failed });
}

const state = globalThis as typeof globalThis & { __searchRefresh?: DailyTimer };

// Starts the site's search refresh once per process.
export function startSiteSearchRefresh(log: Logger): void {
  state.__searchRefresh ??= startSearchRefresh({
    clock: Date.now,
    refresh: refreshSiteSearch,
    log,
  });
}
