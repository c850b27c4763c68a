import type { Article } from "../content/articles";
import { termKey } from "./finnish";
import { foldWord, forEachWordAt, markdownToPlainText } from "./text";
import { WordTable } from "./word-table";

export type SearchDoc = { article: Article; text: string };

// The in-memory index: each distinct word key (see termKey) once, with the articles that
// have it; keys also sorted forwards and backwards so that compound parts are found by
// binary search (a query word at the start or end of a longer word).
export type SearchIndex = {
  docs: SearchDoc[];
  keys: string[];
  keyIds: Map<string, number>;
  // Every folded word, sorted, and the written form of those that had umlauts, for "did you
  // mean" suggestions.
  folded: string[];
  umlauts: Map<string, string>;
  // termId → article number × 2, plus 1 when the word is in the title or keywords.
  postings: Uint32Array[];
  byPrefix: Int32Array;
  bySuffix: Int32Array;
  reversedKeys: string[];
  // Every word as the articles write it → its termId, so that snippets mark words without
  // folding and stemming them again.
  forms: WordTable;
};

const reverse = (s: string) => Array.from(s).reverse().join("");

// Gives `array`, or a copy twice as long, so that index `at` is inside it.
function withRoom(array: Int32Array<ArrayBuffer>, at: number): Int32Array<ArrayBuffer> {
  if (at < array.length) return array;
  const longer = new Int32Array(array.length * 2);
  longer.set(array);
  return longer;
}

// Gives the text of an article a reader's words are looked for in, apart from its title.
function bodyText(article: Article): string {
  const updates = (article.updates ?? []).map((u) => u.text).join(" ");
  return [article.lead, markdownToPlainText(article.body), updates].filter(Boolean).join(" ");
}

// Newest first, so that article number order is the result order among equals.
function inIndexOrder(articles: readonly Article[]): Article[] {
  return [...articles].sort((a, b) =>
    a.date < b.date ? 1 : a.date > b.date ? -1 : a.title.localeCompare(b.title, "fi"),
  );
}

// Gives the index of the articles (built once per published set, see site-search.ts); article
// numbers follow the site's order, newest first.
export function buildSearchIndex(articles: readonly Article[]): SearchIndex {
  const builder = indexBuilder();
  for (const article of inIndexOrder(articles)) builder.add(article);
  return builder.finish();
}

// Gives the same index as buildSearchIndex, built in slices of about `sliceMs` with `pause()`
// awaited between them, so that a server goes on answering while it builds the new day's index.
export async function buildSearchIndexInSlices(
  articles: readonly Article[],
  pause: () => Promise<void>,
  sliceMs = 10,
): Promise<SearchIndex> {
  const builder = indexBuilder();
  let sliceStart = performance.now();
  for (const article of inIndexOrder(articles)) {
    builder.add(article);
    if (performance.now() - sliceStart < sliceMs) continue;
    await pause();
    sliceStart = performance.now();
  }
  return builder.finish();
}

// Reads articles one at a time (in index order) and gives the finished index.
function indexBuilder(): { add(article: Article): void; finish(): SearchIndex } {
  const keyIds = new Map<string, number>();
  const keys: string[] = [];
  const umlauts = new Map<string, string>();
  const foldedForms: string[] = [];
  const docs: SearchDoc[] = [];
  const forms = new WordTable();
  // termId → 1 + its posting in the latest article it was seen in: one typed array, as this
  // runs for every word of every article.
  let latest = new Int32Array(1024);
  // (termId, posting) for each word of each article once, in article order.
  let pairTerms = new Int32Array(1 << 16);
  let pairPostings = new Int32Array(1 << 16);
  let pairs = 0;

  // Folds and stems a word written in a way not met before (each only once, not at each of
  // its thousands of uses).
  const termOfNewForm = (word: string): number => {
    const folded = foldWord(word);
    foldedForms.push(folded);
    const lower = word.toLowerCase();
    if (lower !== folded && !umlauts.has(folded)) umlauts.set(folded, lower);
    const key = termKey(folded);
    let id = keyIds.get(key);
    if (id === undefined) {
      id = keys.length;
      keyIds.set(key, id);
      keys.push(key);
      latest = withRoom(latest, id);
    }
    return id;
  };

  const add = (article: Article) => {
    const doc = docs.length;
    const text = bodyText(article);
    docs.push({ article, text });
    const first = pairs;
    const read = (source: string, title: number) =>
      forEachWordAt(source, (start, end) => {
        let term = forms.get(source, start, end);
        if (term < 0) {
          term = termOfNewForm(source.slice(start, end));
          forms.add(source, start, end, term);
        }
        // Seen in this article already (the title is read first, so a title word stays one).
        if (latest[term]! > doc * 2) return;
        latest[term] = doc * 2 + title + 1;
        pairTerms = withRoom(pairTerms, pairs);
        pairTerms[pairs++] = term;
      });
    read(`${article.title} ${(article.keywords ?? []).join(" ")}`, 1);
    read(text, 0);
    pairPostings = withRoom(pairPostings, pairs);
    for (let p = first; p < pairs; p++) pairPostings[p] = latest[pairTerms[p]!]! - 1;
  };

  const finish = (): SearchIndex => {
    // The pairs grouped by term, article order kept: one buffer, a view of it per term.
    const starts = new Int32Array(keys.length + 1);
    for (let p = 0; p < pairs; p++) starts[pairTerms[p]! + 1]!++;
    for (let t = 0; t < keys.length; t++) starts[t + 1]! += starts[t]!;
    const next = starts.slice(0, -1);
    const flat = new Uint32Array(pairs);
    for (let p = 0; p < pairs; p++) flat[next[pairTerms[p]!]!++] = pairPostings[p]!;

    const reversedKeys = keys.map(reverse);
    const order = (list: string[]) =>
      Int32Array.from(list.keys()).sort((a, b) =>
        list[a]! < list[b]! ? -1 : list[a]! > list[b]! ? 1 : 0,
      );
    const folded = foldedForms.sort().filter((word, i, all) => i === 0 || all[i - 1] !== word);
    return {
      docs,
      keys,
      keyIds,
      folded,
      umlauts,
      postings: keys.map((_, t) => flat.subarray(starts[t], starts[t + 1])),
      byPrefix: order(keys),
      bySuffix: order(reversedKeys),
      reversedKeys,
      forms,
    };
  };
  return { add, finish };
}
