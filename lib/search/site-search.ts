import { getAllArticles } from "../content/articles";
import { searchArticles, type SearchInput, type SearchResult } from "./search";
import { buildSearchIndex, type SearchIndex } from "./search-index";

type Built = { articles: readonly unknown[]; index: SearchIndex };
const globalIndex = globalThis as typeof globalThis & { __searchIndex?: Built };

// Gives the index of the published articles. getAllArticles() hands back the same array until
// the published set changes (a new Helsinki day, an edit in development), so the index is
// built once per set: a request only compares two references.
export function getSearchIndex(): SearchIndex {
  const articles = getAllArticles();
  if (globalIndex.__searchIndex?.articles !== articles) {
    globalIndex.__searchIndex = { articles, index: buildSearchIndex(articles) };
  }
  return globalIndex.__searchIndex.index;
}

// Gives one page of results for the site's published articles.
export function searchSite(input: SearchInput): SearchResult {
  return searchArticles(getSearchIndex(), input);
}
