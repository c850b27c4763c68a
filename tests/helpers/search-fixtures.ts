import path from "node:path";
import { loadArticles } from "@/lib/content/loader";
import { buildSearchIndex } from "@/lib/search/search-index";
import { FIXTURES } from "./content-dir";

// The articles of tests/fixtures/search (written for the search tests).
export function searchFixtureArticles() {
  return loadArticles({
    dir: path.join(FIXTURES, "search"),
    includeDrafts: false,
    today: "2030-01-01",
  });
}

// The index of the search fixture articles.
export function searchFixtureIndex() {
  return buildSearchIndex(searchFixtureArticles());
}

// The site's own content/uutiset (the seed article), every one of them.
export function seedArticles() {
  return loadArticles({ dir: "content/uutiset", includeDrafts: false, today: "2030-01-01" });
}

// The index of the site's own content/uutiset.
export function seedIndex() {
  return buildSearchIndex(seedArticles());
}
