import type { Article } from "../content/articles";
import { termKey } from "./finnish";
import { foldWord, forEachWord, markdownToPlainText } from "./text";

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
  // folded word as written → termId, so snippets mark words without stemming again.
  surface: Map<string, number>;
};

const reverse = (s: string) => Array.from(s).reverse().join("");

// Gives the text of an article a reader's words are looked for in, apart from its title.
function bodyText(article: Article): string {
  const updates = (article.updates ?? []).map((u) => u.text).join(" ");
  return [article.lead, markdownToPlainText(article.body), updates].filter(Boolean).join(" ");
}

// Gives the index of the articles (built once per published set, see site-search.ts); article
// numbers follow the site's order, newest first.
export function buildSearchIndex(articles: readonly Article[]): SearchIndex {
  const keyIds = new Map<string, number>();
  const keys: string[] = [];
  const umlauts = new Map<string, string>();
  const lists: number[][] = [];
  const surface = new Map<string, number>();
  const docs: SearchDoc[] = [];

  // The same word as written is folded once, not at each of its thousands of uses.
  const raw = new Map<string, number>();
  const termOf = (word: string): number => {
    const known = raw.get(word);
    if (known !== undefined) return known;
    const folded = foldWord(word);
    let id = surface.get(folded);
    if (id !== undefined) {
      raw.set(word, id);
      return id;
    }
    const lower = word.toLowerCase();
    if (lower !== folded && !umlauts.has(folded)) umlauts.set(folded, lower);
    const key = termKey(folded);
    id = keyIds.get(key);
    if (id === undefined) {
      id = keys.length;
      keyIds.set(key, id);
      keys.push(key);
      lists.push([]);
    }
    surface.set(folded, id);
    raw.set(word, id);
    return id;
  };

  // Newest first, so that article number order is the result order among equals.
  const sorted = [...articles].sort((a, b) =>
    a.date < b.date ? 1 : a.date > b.date ? -1 : a.title.localeCompare(b.title, "fi"),
  );
  // termId → 1 + the last article it was seen in, and whether in that one's title: arrays
  // instead of a Map per article, as this runs for every word of every article.
  const seenIn: number[] = [];
  const titled: number[] = [];
  sorted.forEach((article, doc) => {
    const text = bodyText(article);
    docs.push({ article, text });
    const terms: number[] = [];
    const note = (word: string, title: number) => {
      const id = termOf(word);
      if (seenIn[id] !== doc + 1) {
        seenIn[id] = doc + 1;
        titled[id] = title;
        terms.push(id);
      }
    };
    forEachWord(`${article.title} ${(article.keywords ?? []).join(" ")}`, (word) => note(word, 1));
    forEachWord(text, (word) => note(word, 0));
    for (const id of terms) lists[id]!.push(doc * 2 + titled[id]!);
  });

  const reversedKeys = keys.map(reverse);
  const order = (list: string[]) =>
    Int32Array.from(list.keys()).sort((a, b) =>
      list[a]! < list[b]! ? -1 : list[a]! > list[b]! ? 1 : 0,
    );
  return {
    docs,
    keys,
    keyIds,
    folded: [...surface.keys()].sort(),
    umlauts,
    postings: lists.map((list) => Uint32Array.from(list)),
    byPrefix: order(keys),
    bySuffix: order(reversedKeys),
    reversedKeys,
    surface,
  };
}
