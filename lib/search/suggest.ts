import { foldWord, spellWord } from "./text";
import type { SearchIndex } from "./search-index";
import { cachedMatchingTerms } from "./term-match";

const MAX_SUGGESTIONS = 3;
// Words compared per unknown query word: those sharing its first two letters, at most this many.
const MAX_CANDIDATES = 5000;

// Gives the edit distance of a and b, or limit + 1 once it is certainly above `limit`.
function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      best = Math.min(best, current[j]!);
    }
    if (best > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length]!;
}

// Gives the word of the articles written most like `spelled` (folded, at most one letter apart
// in short words, two in longer ones), as spelled, or null.
function nearestWord(index: SearchIndex, spelled: string): string | null {
  const word = foldWord(spelled);
  const limit = word.length < 6 ? 1 : 2;
  const head = word.slice(0, 2);
  const folded = index.terms;
  let lo = 0;
  let hi = folded.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (folded[mid]! < head) lo = mid + 1;
    else hi = mid;
  }
  let best: { term: number; distance: number } | null = null;
  for (let i = lo; i < Math.min(folded.length, lo + MAX_CANDIDATES); i++) {
    const candidate = folded[i]!;
    if (!candidate.startsWith(head)) break;
    const distance = editDistance(word, candidate, limit);
    if (distance <= limit && (!best || distance < best.distance)) best = { term: i, distance };
  }
  return best ? index.spellings[best.term]! : null;
}

// Gives queries worth offering when `query` found nothing: its unknown words replaced by the
// nearest indexed word ("veroutus" → "verotus"), or, when every word exists but never in one
// article, each word on its own.
export function suggestQueries(index: SearchIndex, query: string, words: string[]): string[] {
  const unknown = words.filter((word) => cachedMatchingTerms(index, word).length === 0);
  if (unknown.length === 0) return words.length > 1 ? words.slice(0, MAX_SUGGESTIONS) : [];
  let corrected = words.join(" ");
  for (const word of unknown) {
    const nearest = nearestWord(index, word);
    if (!nearest) return [];
    corrected = corrected.replace(word, nearest);
  }
  return corrected === spellWord(query) ? [] : [corrected];
}
