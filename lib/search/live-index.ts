import type { Article } from "../content/articles";
import type { Logger } from "../log";
import { buildSearchIndexInSlices, type SearchIndex } from "./search-index";

export type LiveIndexSource = {
  // The published articles at an instant; the same array for as long as the set is the same.
  articles: (now: number) => readonly Article[];
  clock: () => number;
  log: Logger;
  // Awaited between slices of a build, so that requests are answered meanwhile.
  pause?: () => Promise<void>;
};

export type LiveIndex = {
  // The index to answer a search from now: the latest finished one, even while the next
  // published set's index is being built; only the very first search waits for a build.
  current(): Promise<SearchIndex>;
  // Starts building the index of the set published now, unless it is built or being built,
  // and gives it when it is in use.
  refresh(): Promise<SearchIndex>;
};

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));
// A set whose build failed is tried again after this long, not at every search.
const RETRY_MS = 60_000;

// Gives the search index of a changing set of articles. A new set's index is built in the
// background, in slices, and swapped in whole when it is ready: a search never waits for a
// day's rebuild and never sees half an index.
export function createLiveIndex(source: LiveIndexSource): LiveIndex {
  let live: { articles: readonly Article[]; index: SearchIndex } | undefined;
  let pending: { articles: readonly Article[]; done: Promise<SearchIndex> } | undefined;
  let failed: { articles: readonly Article[]; at: number; error: unknown } | undefined;

  function refresh(): Promise<SearchIndex> {
    const articles = source.articles(source.clock());
    if (live?.articles === articles) return Promise.resolve(live.index);
    if (pending?.articles === articles) return pending.done;
    if (failed?.articles === articles && source.clock() - failed.at < RETRY_MS)
      return Promise.reject(failed.error);
    const done = buildSearchIndexInSlices(articles, source.pause ?? nextTurn).then(
      (index) => {
        // Only the build of the newest set asked for is put in use (and days only go forward).
        if (pending?.articles === articles) {
          live = { articles, index };
          pending = undefined;
        }
        return index;
      },
      (error: unknown) => {
        if (pending?.articles === articles) pending = undefined;
        failed = { articles, at: source.clock(), error };
        throw error;
      },
    );
    pending = { articles, done };
    return done;
  }

  async function current(): Promise<SearchIndex> {
    const retrying = failed;
    const next = refresh();
    if (!live) return next;
    next.catch((error: unknown) => {
      // Said once per failed build, not at every search that finds it failed.
      if (failed !== retrying || error !== retrying?.error)
        source.log.error(
          "search index rebuild failed; searching the previous one:",
          error instanceof Error ? error.message : error,
        );
    });
    return live.index;
  }

  return { current, refresh };
}
