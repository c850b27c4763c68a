// The midnight figures of bench:search: a server's index of `articles` at 23:59:59 Helsinki,
// the clock moved to 00:00 when one more article is published, then the first search (answered
// from the old index while the new day's is built in the background), the longest the event
// loop was held by the build meanwhile (a search arriving then waits that long), and when the
// new article became searchable.
import { monitorEventLoopDelay, performance } from "node:perf_hooks";
import type { Article } from "../../lib/content/articles";
import { publishMoment } from "../../lib/content/publication";
import { createLiveIndex } from "../../lib/search/live-index";
import { searchArticles } from "../../lib/search/search";

export type MidnightFigures = {
  firstSearchMs: number;
  firstSearchFound: number;
  longestStallMs: number;
  newDayAfterMs: number;
  newArticleFound: boolean;
};

const quiet = { info: () => undefined, warn: () => undefined, error: () => undefined };

// Gives the figures of the day changing for an index of `articles` (all dated before the day).
export async function measureMidnight(articles: Article[]): Promise<MidnightFigures> {
  const day = "2027-01-15";
  const midnight = publishMoment(day);
  const published: Article = {
    ...articles[0]!,
    title: "Keskiyön koeuutinen julkaistiin",
    date: day,
    slug: "keskiyon-koeuutinen",
    path: "/uutiset/2027/keskiyon-koeuutinen",
  };
  const before = articles;
  const after = [published, ...articles];
  let now = midnight - 1000;
  const live = createLiveIndex({
    articles: (at) => (at < midnight ? before : after),
    clock: () => now,
    log: quiet,
  });
  await live.refresh();
  now = midnight;
  const delay = monitorEventLoopDelay({ resolution: 2 });
  delay.enable();
  const started = performance.now();
  const old = await live.current();
  const firstSearchFound = searchArticles(old, { q: "keskiyön koeuutinen" }).total;
  const firstSearchMs = performance.now() - started;
  const next = await live.refresh();
  const newDayAfterMs = performance.now() - started;
  delay.disable();
  return {
    firstSearchMs,
    firstSearchFound,
    longestStallMs: delay.max / 1e6,
    newDayAfterMs,
    newArticleFound: searchArticles(next, { q: "keskiyön koeuutinen" }).total === 1,
  };
}
