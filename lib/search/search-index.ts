import type { Article } from "../content/articles";
import { indexBuilder } from "./index-builder";
import type { WordTable } from "./word-table";

export type SearchDoc = { article: Article; text: string };

// The in-memory index: each distinct word of the articles once, folded (see foldWord), with
// the articles that have it. Words are not reduced to stems: a query word is turned into the
// forms of its word (lib/search/finnish-forms.ts), which are looked up among these.
export type SearchIndex = {
  docs: SearchDoc[];
  // Every distinct spelling folded, sorted; a term's id is its place here, so the forms of a
  // word, and the compounds that start with it, are found by binary search. Spellings that
  // differ only by ä/ö are two terms with the same folded word, side by side ("lahdissa" of
  // lahti, "lähdissä" of lähde), so that a query can tell them apart (see term-match.ts).
  terms: string[];
  // Each term as spelled (see spellWord: ä and ö kept); the same string as in terms when it
  // has neither.
  spellings: string[];
  // Term ids sorted by their letters read backwards: the compounds that end with a word.
  bySuffix: Int32Array;
  // The wordKey of each term (of terms, and of bySuffix read backwards), so that a look-up
  // compares numbers first (see term-lookup.ts).
  prefixKeys: Float64Array;
  suffixKeys: Float64Array;
  // Term t's postings are postings[starts[t]] … postings[starts[t + 1] - 1]: article number
  // × 2, plus 1 when the word is in the title or keywords.
  starts: Int32Array;
  postings: Uint32Array;
  // Every word as the articles write it → its term id, so that snippets mark words without
  // folding them again.
  forms: WordTable;
};

// Newest first, so that article number order is the result order among equals.
function inIndexOrder(articles: readonly Article[]): Article[] {
  return [...articles].sort((a, b) =>
    a.date < b.date ? 1 : a.date > b.date ? -1 : a.title.localeCompare(b.title, "fi"),
  );
}

// Gives the index of the articles (built once per published set, see live-index.ts); article
// numbers follow the site's order, newest first.
export function buildSearchIndex(articles: readonly Article[]): SearchIndex {
  const builder = indexBuilder();
  for (const article of inIndexOrder(articles)) builder.add(article);
  const steps = builder.finish();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

// Gives the same index as buildSearchIndex, built in slices of about `sliceMs` with `pause()`
// awaited between them, so that a server goes on answering while it builds the new day's index.
export async function buildSearchIndexInSlices(
  articles: readonly Article[],
  pause: () => Promise<void>,
  sliceMs = 10,
): Promise<SearchIndex> {
  // The caller's turn ends first: a search that starts a build is answered before it runs.
  await pause();
  const builder = indexBuilder();
  let sliceStart = performance.now();
  const maybePause = async () => {
    if (performance.now() - sliceStart < sliceMs) return;
    await pause();
    sliceStart = performance.now();
  };
  for (const article of inIndexOrder(articles)) {
    builder.add(article);
    await maybePause();
  }
  const steps = builder.finish();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await maybePause();
  }
}
