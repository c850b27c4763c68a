// Finding words among the index's terms: the terms that start with a word, the terms that end
// with one (compounds), a word itself. Each look-up first narrows to the terms that share the
// word's first (or last) six letters by their numbers, then compares letters in that range.
import type { SearchIndex } from "./search-index";
import { compareFromEnd } from "./text";
import { wordKey, wordKeySpan } from "./word-sort";

// Gives the first place in `keys` from `lo` whose number is >= `key`.
function firstKey(keys: Float64Array, key: number): number {
  let lo = 0;
  let hi = keys.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (keys[mid]! < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

// Gives the places [from, to) in `terms` of the terms that start with `word`. (Loops written
// out: this runs hundreds of times per query word.)
export function startingWith(index: SearchIndex, word: string): [number, number] {
  const { terms, prefixKeys } = index;
  const key = wordKey(word, false);
  let lo = firstKey(prefixKeys, key);
  let hi = firstKey(prefixKeys, key + wordKeySpan(word.length));
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (terms[mid]! < word) lo = mid + 1;
    else hi = mid;
  }
  let to = lo;
  while (to < terms.length && terms[to]!.startsWith(word)) to++;
  return [lo, to];
}

// Gives the places [from, to) in `bySuffix` of the terms that end with `word`.
export function endingWith(index: SearchIndex, word: string): [number, number] {
  const { terms, bySuffix, suffixKeys } = index;
  const key = wordKey(word, true);
  let lo = firstKey(suffixKeys, key);
  let hi = firstKey(suffixKeys, key + wordKeySpan(word.length));
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (compareFromEnd(terms[bySuffix[mid]!]!, word) < 0) lo = mid + 1;
    else hi = mid;
  }
  let to = lo;
  while (to < terms.length && terms[bySuffix[to]!]!.endsWith(word)) to++;
  return [lo, to];
}

// Gives the id of `word` among the terms (the first of its spellings), or -1.
export function termId(index: SearchIndex, word: string): number {
  const [from, to] = startingWith(index, word);
  return from < to && index.terms[from] === word ? from : -1;
}

// Gives the ids [from, to) of the terms that are `word` folded (one per spelling: "lahdissa",
// "lähdissä").
export function termIds(index: SearchIndex, word: string): [number, number] {
  const [from, to] = startingWith(index, word);
  let end = from;
  while (end < to && index.terms[end] === word) end++;
  return [from, end];
}
