// Text handling shared by the index and the query: words, folding, plain text from Markdown.

// Longest query we read; anything after is cut, never rejected.
export const MAX_QUERY_LENGTH = 200;
// Words of a query beyond this are ignored: no reader types more, and each costs a lookup.
export const MAX_QUERY_WORDS = 12;

const WORD = /[\p{L}\p{N}]+/gu;

export type Token = { word: string; start: number; end: number };

// Gives the words of a text with their offsets (letters and digits; hyphens and
// punctuation split words, so "hallinto-oikeus" gives "hallinto" and "oikeus").
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    tokens.push({ word: match[0], start: match.index, end: match.index + match[0].length });
  }
  return tokens;
}

// Gives a word lowercased with its diacritics removed (ä→a, ö→o, å→a, é→e), for matching
// only: what the reader sees keeps its letters.
export function foldWord(word: string): string {
  return word
    .toLowerCase()
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "");
}

// Gives readable plain text of Markdown: link targets, images, tags and markup signs removed.
export function markdownToPlainText(markdown: string): string {
  return markdown
    .replace(/```[\s\S]*?```/g, " ")
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/<[^>]*>/g, " ")
    .replace(/^\s{0,3}(#{1,6}|>|[-*+]|\d+\.)\s+/gm, "")
    .replace(/[*_`~]+/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

// Gives the query as read: whitespace collapsed, cut to MAX_QUERY_LENGTH characters
// (never in the middle of a surrogate pair).
export function cleanQuery(raw: string): string {
  const collapsed = raw.replace(/[\s\u0000-\u001f\u007f]+/g, " ").trim();
  return Array.from(collapsed).slice(0, MAX_QUERY_LENGTH).join("").trim();
}
