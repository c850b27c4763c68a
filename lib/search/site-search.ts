import { getAllArticles } from "../content/articles";
import { consoleLogger } from "../log";
import { createLiveIndex, type LiveIndex } from "./live-index";
import { searchArticles, type SearchInput, type SearchResult } from "./search";

const state = globalThis as typeof globalThis & { __siteSearch?: LiveIndex };

// The site's one index per server process, of the articles published now (see live-index.ts).
function siteIndex(): LiveIndex {
  state.__siteSearch ??= createLiveIndex({
    articles: (now) => getAllArticles(now),
    clock: Date.now,
    log: consoleLogger,
  });
  return state.__siteSearch;
}

// Gives one page of results for the site's published articles.
export async function searchSite(input: SearchInput): Promise<SearchResult> {
  return searchArticles(await siteIndex().current(), input);
}

// Builds the index of the articles published now, unless it is built already; resolves when
// searches use it (server start, and 00:00 Helsinki, see lib/server/search-refresh.ts).
export async function refreshSiteSearch(): Promise<void> {
  await siteIndex().refresh();
}
