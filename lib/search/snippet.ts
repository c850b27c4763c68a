import { forEachWord, tokenize } from "./text";

// A run of text, marked when it is a word the query matched. Rendered by React as text,
// so markup in an article or a query never becomes HTML.
export type Segment = { text: string; mark: boolean };

const SNIPPET_LENGTH = 220;
const LEAD_IN = 70;

// Tells whether a word as written is one the query matched.
type IsMatch = (word: string) => boolean;

// Gives `text` cut into segments with the matched words marked.
function markWords(text: string, isMatch: IsMatch): Segment[] {
  const segments: Segment[] = [];
  let at = 0;
  for (const token of tokenize(text)) {
    if (!isMatch(token.word)) continue;
    if (token.start > at) segments.push({ text: text.slice(at, token.start), mark: false });
    segments.push({ text: token.word, mark: true });
    at = token.end;
  }
  if (at < text.length) segments.push({ text: text.slice(at), mark: false });
  return segments;
}

// Gives the first matched word of `text`, reading no further than it.
function firstMatch(text: string, isMatch: IsMatch): { start: number } | undefined {
  let first: { start: number } | undefined;
  forEachWord(text, (word, start) => {
    if (isMatch(word)) first = { start };
    return first !== undefined;
  });
  return first;
}

// Gives the title with the matched words marked.
export function markTitle(title: string, isMatch: IsMatch): Segment[] {
  return markWords(title, isMatch);
}

// Gives about SNIPPET_LENGTH characters of `text` around its first matched word (or its
// start when only the title matched), cut at word boundaries, matched words marked.
export function makeSnippet(text: string, isMatch: IsMatch): Segment[] {
  const first = firstMatch(text, isMatch);
  let start = first ? Math.max(0, first.start - LEAD_IN) : 0;
  if (start > 0) {
    const space = text.indexOf(" ", start);
    start = space === -1 || space > (first?.start ?? 0) ? start : space + 1;
  }
  let end = Math.min(text.length, start + SNIPPET_LENGTH);
  if (end < text.length) {
    const space = text.lastIndexOf(" ", end);
    if (space > start) end = space;
  }
  const segments = markWords(text.slice(start, end), isMatch);
  if (start > 0) segments.unshift({ text: "… ", mark: false });
  if (end < text.length) segments.push({ text: " …", mark: false });
  return segments;
}
