import { termKey } from "./finnish";
import type { SearchIndex } from "./search-index";

// A query word counts as the first part of a compound from this many letters of its key
// ("kilpail" finds "kilpailutus"), and as the last part from this many ("kaup" finds
// "ihmiskaup"). Shorter keys match only whole words: "talo" must not find "talous".
export const MIN_PREFIX_KEY = 5;
export const MIN_SUFFIX_KEY = 3;
// The rest of the compound must itself look like a word: "ver" (vero) ends "tulover",
// but not "kaver" (kaveri).
export const MIN_OTHER_PART = 3;

// Gives the first position in `order` whose string is >= `key`.
function lowerBound(order: Int32Array, strings: string[], key: string): number {
  let lo = 0;
  let hi = order.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (strings[order[mid]!]! < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

// Gives the ids of the terms that start (or, with the reversed keys, end) with `key` and
// are at least MIN_OTHER_PART letters longer.
function extending(order: Int32Array, strings: string[], key: string, into: number[]): void {
  for (let i = lowerBound(order, strings, key); i < order.length; i++) {
    const candidate = strings[order[i]!]!;
    if (!candidate.startsWith(key)) break;
    if (candidate.length - key.length >= MIN_OTHER_PART) into.push(order[i]!);
  }
}

// Gives the ids of every indexed term a folded query word matches: its own key, and the
// compounds it starts or ends.
export function matchingTerms(index: SearchIndex, folded: string): number[] {
  const key = termKey(folded);
  const ids: number[] = [];
  const exact = index.keyIds.get(key);
  if (exact !== undefined) ids.push(exact);
  if (!/\p{L}/u.test(key)) return ids;
  if (key.length >= MIN_PREFIX_KEY) extending(index.byPrefix, index.keys, key, ids);
  if (key.length >= MIN_SUFFIX_KEY) {
    const reversed = Array.from(key).reverse().join("");
    extending(index.bySuffix, index.reversedKeys, reversed, ids);
  }
  return ids;
}
