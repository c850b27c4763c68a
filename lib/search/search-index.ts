import type { Article } from "../content/articles";
import { termKey } from "./finnish";
import { foldWord, markdownToPlainText, tokenize } from "./text";

export type SearchDoc = { article: Article; text: string };

// The in-memory index: each distinct word key (see termKey) once, with the articles that
// have it; keys also sorted forwards and backwards so that compound parts are found by
// binary search (a query word at the start or end of a longer word).
export type SearchIndex = {
  docs: SearchDoc[];
  keys: string[];
  keyIds: Map<string, number>;
  // Every word as written (lowercase), sorted by its folded form, for "did you mean" suggestions.
  written: { folded: string; word: string }[];
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

// Gives the index of the articles (built once per published set, see site-search.ts).
export function buildSearchIndex(articles: readonly Article[]): SearchIndex {
  const keyIds = new Map<string, number>();
  const keys: string[] = [];
  const written = new Map<string, string>();
  const lists: number[][] = [];
  const surface = new Map<string, number>();
  const docs: SearchDoc[] = [];

  const termOf = (word: string): number => {
    const folded = foldWord(word);
    let id = surface.get(folded);
    if (id !== undefined) return id;
    written.set(folded, word.toLowerCase());
    const key = termKey(folded);
    id = keyIds.get(key);
    if (id === undefined) {
      id = keys.length;
      keyIds.set(key, id);
      keys.push(key);
      lists.push([]);
    }
    surface.set(folded, id);
    return id;
  };

  articles.forEach((article, doc) => {
    const text = bodyText(article);
    docs.push({ article, text });
    const inDoc = new Map<number, number>();
    const strong = `${article.title} ${(article.keywords ?? []).join(" ")}`;
    for (const { word } of tokenize(strong)) inDoc.set(termOf(word), 1);
    for (const { word } of tokenize(text)) {
      const id = termOf(word);
      if (!inDoc.has(id)) inDoc.set(id, 0);
    }
    for (const [id, title] of inDoc) lists[id]!.push(doc * 2 + title);
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
    written: [...written]
      .map(([folded, word]) => ({ folded, word }))
      .sort((a, b) => (a.folded < b.folded ? -1 : a.folded > b.folded ? 1 : 0)),
    postings: lists.map((list) => Uint32Array.from(list)),
    byPrefix: order(keys),
    bySuffix: order(reversedKeys),
    reversedKeys,
    surface,
  };
}
