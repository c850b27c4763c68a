import { loadArticles } from "@/lib/content/articles";
import { buildSearchIndex } from "@/lib/search/search-index";
import { searchArticles } from "@/lib/search/search";
const articles = loadArticles({ dir: "content/uutiset", includeDrafts: false, today: "2026-11-30" });
const index = buildSearchIndex(articles);
for (const q of process.argv.slice(2)) {
  const r = searchArticles(index, { q });
  console.log(q, "=>", r.total, r.suggestions, r.hits[0]?.snippet.filter(s=>s.mark).map(s=>s.text).join(","));
}
