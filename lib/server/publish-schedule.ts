// Keeps a running server current across 00:00 Helsinki without a rebuild. Pages read the
// published articles through getAllArticles(), which filters again when the day changes, and
// the listings regenerate at most LISTING_REVALIDATE_SECONDS after that; this job then requests
// every page that changed, so nobody gets yesterday's copy (Next serves an expired page once
// before its new copy), and renders the day's new articles. It also runs at start: a server
// (re)started at 00:02 serves today's pages at once, whatever its cache held from before.
import type { Logger } from "../log";
import { helsinkiToday } from "../content/dates";
import { nextPublishMoment, publishMoment } from "../content/publication";
import { startDailyTimer } from "./daily-timer";
import type { WarmResult } from "./page-warmer";

// The listings' `export const revalidate` (app/page.tsx and the other listing routes): Next
// regenerates a cached page only once it is this old, so the warm-up waits for it.
export const LISTING_REVALIDATE_SECONDS = 30;

export type PublishScheduleDeps = {
  clock: () => number;
  paths: (now: number) => string[];
  warm: (paths: string[]) => Promise<WarmResult[]>;
  log: Logger;
};

export type PublishSchedule = { runNow(): Promise<void>; stop(): void };

const SETTLE_MS = (LISTING_REVALIDATE_SECONDS + 1) * 1000;

// Gives the instant of the first warm-up after `now`: 00:00 Helsinki, plus the time the
// listings need to expire, plus a second (today's, when `now` is within that time of 00:00).
export function nextWarmUpAt(now: number): number {
  const today = publishMoment(helsinkiToday(new Date(now))) + SETTLE_MS;
  return now < today ? today : nextPublishMoment(now) + SETTLE_MS;
}

// Starts the job: one warm-up now (for a server started after midnight), then one each night.
export function startPublishSchedule(deps: PublishScheduleDeps): PublishSchedule {
  async function runNow() {
    const started = deps.clock();
    const paths = deps.paths(started);
    const results = await deps.warm(paths);
    const failed = results.filter((r) => r.status === null || r.status >= 500);
    const seconds = ((deps.clock() - started) / 1000).toFixed(1);
    if (failed.length) {
      const list = failed.map((r) => `${r.path} (${r.status ?? r.error})`).join(", ");
      deps.log.error(`publish warm-up: ${failed.length} of ${paths.length} pages failed: ${list}`);
    } else deps.log.info(`publish warm-up: ${paths.length} pages current in ${seconds} s`);
  }

  const timer = startDailyTimer({
    clock: deps.clock,
    dueAfter: nextWarmUpAt,
    run: runNow,
    failed: (error) => deps.log.error("publish warm-up failed:", error),
  });
  return { runNow, stop: timer.stop };
}
