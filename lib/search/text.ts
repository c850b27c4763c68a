// Text handling shared by the index and the query: words, folding, plain text from Markdown.

// Longest query we read; anything after is cut, never rejected.
export const MAX_QUERY_LENGTH = 200;
// Words of a query beyond this are ignored: no reader types more, and each costs a lookup.
export const MAX_QUERY_WORDS = 12;

const LETTER = /^[\p{L}\p{N}]$/u;
// Letters and digits among the first 0x250 code points (ASCII, Latin-1, Latin Extended),
// decided once: the index looks at every character of every article.
const LATIN = Uint8Array.from({ length: 0x250 }, (_, code) =>
  LETTER.test(String.fromCharCode(code)) ? 1 : 0,
);

// Gives how many UTF-16 units the word character at `i` takes (1, or 2 for a letter outside
// the BMP), or 0 when it is not a letter or digit.
function wordCharLength(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code < 0x250) return LATIN[code]!;
  if (code >= 0xd800 && code <= 0xdbff) return LETTER.test(text.slice(i, i + 2)) ? 2 : 0;
  return LETTER.test(text[i]!) ? 1 : 0;
}

export type Token = { word: string; start: number; end: number };

// Calls `visit` with the offsets of each word of a text, until it returns true (letters and
// digits; hyphens and punctuation split words, so "hallinto-oikeus" gives "hallinto" and
// "oikeus").
export function forEachWordAt(
  text: string,
  visit: (start: number, end: number) => boolean | void,
): void {
  let start = -1;
  let i = 0;
  while (i < text.length) {
    const length = wordCharLength(text, i);
    if (length > 0) {
      if (start < 0) start = i;
      i += length;
      continue;
    }
    if (start >= 0) {
      if (visit(start, i) === true) return;
      start = -1;
    }
    i++;
  }
  if (start >= 0) visit(start, text.length);
}

// Calls `visit` with each word of a text and its offsets (see forEachWordAt).
export function forEachWord(
  text: string,
  visit: (word: string, start: number, end: number) => boolean | void,
): void {
  forEachWordAt(text, (start, end) => visit(text.slice(start, end), start, end));
}

// Gives the words of a text with their offsets (see forEachWord).
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  forEachWord(text, (word, start, end) => {
    tokens.push({ word, start, end });
  });
  return tokens;
}

const FINNISH_LETTERS: Readonly<Record<string, string>> = { ä: "a", ö: "o", å: "a" };

// Gives a word as the index tells its spellings apart: lowercased, ä and ö kept (they make
// other words: lähde is not lahti, jää is not jaa), other diacritics removed (å → a, é → e).
export function spellWord(word: string): string {
  const lower = word.toLowerCase();
  if (/^[a-z0-9äö]*$/.test(lower)) return lower;
  return lower.normalize("NFC").replace(/[^äö]+/g, (part) => foldWord(part));
}

// Tells whether a spelled word (see spellWord) has an ä or ö.
export const hasUmlauts = (spelled: string) => /[äö]/.test(spelled);

// Gives a word lowercased with its diacritics removed (ä→a, ö→o, å→a, é→e), for matching
// only: what the reader sees keeps its letters. Plain ASCII and Finnish letters take a fast
// path, as the index folds every word of every article.
export function foldWord(word: string): string {
  const lower = word.toLowerCase();
  if (/^[a-z0-9]*$/.test(lower)) return lower;
  const finnish = lower.replace(/[äöå]/g, (letter) => FINNISH_LETTERS[letter]!);
  if (/^[a-z0-9]*$/.test(finnish)) return finnish;
  return finnish.normalize("NFD").replace(/[\u0300-\u036f]/g, "");
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

// Compares two words read from their last letter (UTF-16 units): < 0 when `a` comes first.
// The order of the index's bySuffix, in which the compounds ending with a word are together.
export function compareFromEnd(a: string, b: string): number {
  for (let i = a.length - 1, j = b.length - 1; ; i--, j--) {
    if (j < 0) return i < 0 ? 0 : 1;
    if (i < 0) return -1;
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(j);
    if (x !== y) return x - y;
  }
}
