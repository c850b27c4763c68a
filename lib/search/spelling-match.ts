// Umlauts: a query word finds the words spelled with its own ä and ö first. The index matches
// folded words (ä → a, ö → o), so that "tyosopimus" typed without umlauts finds
// "työsopimuksen"; but ä and ö make other words ("lahdissa" is lahti, "lähdissä" lähde; "jaa"
// is not "jää"), so a term counts as spelled as typed when its part that comes from the query
// word's stem has the query's ä and ö in the same places, and the terms spelled otherwise are
// found only when no term is spelled as typed (the reader's keyboard has no umlauts).
import type { SearchIndex } from "./search-index";
import { hasUmlauts, foldWord } from "./text";

export type SpellingMatches = {
  // Adds term `t`, whose part from `at` is a form of the query word made from a stem of
  // `stemLength` letters ("lahd" + "issa"; the ending follows the stem's vowel harmony, so
  // only the stem's letters are compared).
  add(t: number, at: number, stemLength: number): void;
  // Gives the terms spelled as typed, or, when there are none, every term added.
  ids(): number[];
};

// Gives an empty collection of the matches of the query word `spelled` (see spellWord).
export function spellingMatches(index: SearchIndex, spelled: string): SpellingMatches {
  const { terms, spellings } = index;
  const folded = foldWord(spelled);
  const plain = !hasUmlauts(spelled);
  const exact = new Set<number>();
  const other = new Set<number>();
  return {
    add(t, at, stemLength) {
      const spelling = spellings[t]!;
      const term = terms[t]!;
      if (plain && spelling === term) {
        exact.add(t);
        return;
      }
      // The letters where the term and the query word are the same word (up to the stem's
      // end, or the first letter gradation changed).
      const max = Math.min(stemLength, folded.length, term.length - at);
      let same = 0;
      while (same < max && term[at + same] === folded[same]) same++;
      if (spelling.startsWith(spelled.slice(0, same), at)) exact.add(t);
      else other.add(t);
    },
    ids() {
      if (exact.size === 0) return [...other];
      return [...exact];
    },
  };
}
