import { findTopic, topicLabel } from "../content/taxonomy";
import { PAGE_SIZE } from "../content/pagination";
import { STOPWORDS } from "./finnish-stopwords";
import type { SearchIndex } from "./search-index";
import { makeSnippet, markTitle, type Segment } from "./snippet";
import { suggestQueries } from "./suggest";
import { cleanQuery, foldWord, MAX_QUERY_WORDS, spellWord, tokenize } from "./text";
import { cachedMatchingTerms } from "./term-match";

export type SearchInput = { q: string; topic?: string; year?: number; page?: number };

export type SearchHit = {
  path: string;
  title: Segment[];
  date: string;
  topics: string[];
  snippet: Segment[];
};

export type SearchResult = {
  query: string;
  total: number;
  page: number;
  totalPages: number;
  hits: SearchHit[];
  // Corrected queries worth trying when nothing was found.
  suggestions: string[];
};

// Gives the words a query searches for, spelled (see spellWord): stopwords left out unless
// nothing else is left.
export function queryWords(query: string): string[] {
  const words = [...new Set(tokenize(query).map((t) => spellWord(t.word)))].slice(
    0,
    MAX_QUERY_WORDS,
  );
  const content = words.filter((w) => !STOPWORDS.has(foldWord(w)));
  return content.length ? content : words;
}

// Gives, for each article, how many of `words` it has in a row from the first (an article has
// them all when found[doc] === words.length), how many of them are in its title, and the
// terms the words matched.
export function matchWords(index: SearchIndex, words: string[]) {
  const n = index.docs.length;
  const found = new Uint8Array(n);
  const inTitle = new Uint8Array(n);
  const titleWord = new Uint8Array(n);
  const matched = new Set<number>();
  words.forEach((word, w) => {
    for (const term of cachedMatchingTerms(index, word)) {
      matched.add(term);
      for (let p = index.starts[term]!; p < index.starts[term + 1]!; p++) {
        const posting = index.postings[p]!;
        const doc = posting >>> 1;
        if (found[doc] === w) found[doc] = w + 1;
        else if (found[doc] !== w + 1) continue;
        // Each query word counts once for the title, however many of its forms are there.
        if (posting & 1 && titleWord[doc] !== w + 1) {
          titleWord[doc] = w + 1;
          inTitle[doc] = inTitle[doc]! + 1;
        }
      }
    }
  });
  return { found, inTitle, matched };
}

// Gives the articles that have every word of the query (in any form the matching rules
// allow), those with more query words in the title or keywords first, then newest first.
export function searchArticles(
  index: SearchIndex,
  input: SearchInput,
  pageSize = PAGE_SIZE,
): SearchResult {
  const query = cleanQuery(input.q);
  const words = queryWords(query);
  const empty = { query, total: 0, page: 1, totalPages: 1, hits: [], suggestions: [] };
  if (!words.length) return empty;

  const { found, inTitle, matched } = matchWords(index, words);
  const n = index.docs.length;

  const topic = input.topic ? findTopic(input.topic) : undefined;
  const docs: number[] = [];
  for (let doc = 0; doc < n; doc++) {
    if (found[doc] !== words.length) continue;
    const article = index.docs[doc]!.article;
    if (input.year && article.year !== input.year) continue;
    if (
      topic &&
      !article.topics.includes(topic.slug) &&
      !(topic.isMain && article.mainTopics.includes(topic.main))
    )
      continue;
    docs.push(doc);
  }
  // Article numbers already run newest first (see buildSearchIndex), so grouping by the
  // number of title words, most first, keeping order within a group, is the whole ranking.
  const groups: number[][] = Array.from({ length: words.length + 1 }, () => []);
  for (const doc of docs) groups[words.length - inTitle[doc]!]!.push(doc);
  const ranked = groups.flat();

  const totalPages = Math.max(1, Math.ceil(ranked.length / pageSize));
  const page = Math.min(Math.max(1, Math.trunc(input.page ?? 1) || 1), totalPages);
  // The words of titles and snippets are the articles' own, all in the index as written.
  const isMatch = (word: string) => {
    const term = index.forms.get(word);
    return term >= 0 && matched.has(term);
  };
  const hits = ranked.slice((page - 1) * pageSize, page * pageSize).map((doc): SearchHit => {
    const { article, text } = index.docs[doc]!;
    return {
      path: article.path,
      title: markTitle(article.title, isMatch),
      date: article.date,
      topics: article.mainTopics.map(topicLabel),
      snippet: makeSnippet(text, isMatch),
    };
  });
  const suggestions = ranked.length ? [] : suggestQueries(index, query, words);
  return { ...empty, total: ranked.length, page, totalPages, hits, suggestions };
}
