// Umlauts: a query word finds the words spelled with its own ä and ö first. The index matches
// folded words (ä → a, ö → o), so that "tyosopimus" typed without umlauts finds
// "työsopimuksen"; but ä and ö make other words ("lahdissa" is lahti, "lähdissä" lähde; "jaa"
// is not "jää"). A term is spelled as typed when its part that is the query word's form has
// the query's ä and ö where it has the query's letters (the stem: "lahd" + "issa"), and
// endings in the query's vowel harmony (see vowel-harmony.ts): a word of a, o and u takes no
// ä or ö ("vika" is not "viittä"), a word of ä, ö and y no a, o or u. The
// terms spelled otherwise are found only when no term is spelled as typed: the reader's
// keyboard has no umlauts.
import type { SearchIndex } from "./search-index";
import { foldWord, hasUmlauts } from "./text";
import type { Harmony } from "./vowel-harmony";

export type SpellingMatches = {
  // Adds term `t`, whose letters from `at` to `end` are a form of the query word made from a
  // stem of `stemLength` letters of a word of `harmony` (none: either).
  add(t: number, at: number, stemLength: number, end: number, harmony?: Harmony): void;
  // Tells whether some term added is spelled as typed.
  anySpelledAsTyped(): boolean;
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
  const isSpelledAsTyped = (
    t: number,
    at: number,
    stemLength: number,
    end: number,
    harmony?: Harmony,
  ) => {
    const spelling = spellings[t]!;
    const term = terms[t]!;
    if (plain && spelling === term && harmony !== "front") return true;
    // The letters where the term and the query word are the same word (up to the stem's
    // end, or the first letter gradation changed).
    const max = Math.min(stemLength, folded.length, end - at);
    let same = 0;
    while (same < max && term[at + same] === folded[same]) same++;
    if (!spelling.startsWith(spelled.slice(0, same), at)) return false;
    if (harmony === undefined) return true;
    const part = spelling.slice(at + same, end);
    return harmony === "back" ? !/[äö]/.test(part) : !/[aou]/.test(part);
  };
  return {
    add(t, at, stemLength, end, harmony) {
      if (isSpelledAsTyped(t, at, stemLength, end, harmony)) exact.add(t);
      else other.add(t);
    },
    anySpelledAsTyped: () => exact.size > 0,
    ids() {
      if (exact.size === 0) return [...other];
      return [...exact];
    },
  };
}
