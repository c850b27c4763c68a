import { caseEndings, isEnding } from "./finnish-endings";
import { stemsOf } from "./finnish-forms";
import { dictionaryForms } from "./finnish-lemmas";
import type { SearchIndex } from "./search-index";
import { compareFromEnd } from "./text";

// A word finds the compounds it starts from this many letters ("rikoksentorjunta" finds
// "rikoksentorjuntakilpailun"; "kilpa" is too short a start to find "kilpailu") and the
// compounds it ends ("vero" ends "lahjaveron"). A dictionary form of SHORT_WORD letters or
// fewer ends compounds only in forms that keep it whole ("ennakko|veroa", "yhteis|työtä"; not
// "työnant|ajan" for aika, "velvollis|uutta" for uusi). A dictionary form guessed from an
// inflected query word finds compounds from LONG_GUESS letters ("verotuksen" → verotus →
// "perintöverotus"): a shorter guess is too often wrong.
export const MIN_FIRST_PART = 5;
export const SHORT_WORD = 4;
export const LONG_GUESS = 7;
// From this many letters a first part needs no other word of the index to vouch for the rest
// ("kaupungin|osissa").
export const LONG_FIRST_PART = 8;
// The other part of the compound must look like a word: at least MIN_OTHER_PART letters,
// ending as a Finnish word can (a vowel, or n, t, s, l, r, h after one: not "työnant|ajan"),
// and a word of the index when shorter than MIN_HEAD ("tulo|vero"; not "his|toria").
export const MIN_OTHER_PART = 3;
export const MIN_HEAD = 4;

const isVowel = (letter: string | undefined) => letter !== undefined && "aeiouy".includes(letter);
// Two vowels that make one syllable: no compound is split between them ("kilpa|ilu").
const ONE_SYLLABLE = new Set(
  "aa ee ii oo uu yy ai ei oi ui yi au eu iu ou ey iy oy ie uo yo".split(" "),
);

// Gives the first place in the terms (or, when `fromEnd`, in bySuffix) whose term is >= `key`
// (read backwards, both of them, when `fromEnd`).
function lowerBound(index: SearchIndex, key: string, fromEnd: boolean): number {
  let lo = 0;
  let hi = index.terms.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const before = fromEnd
      ? compareFromEnd(index.terms[index.bySuffix[mid]!]!, key) < 0
      : index.terms[mid]! < key;
    if (before) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

// Tells whether `word` is a term of the index.
function isTerm(index: SearchIndex, word: string): boolean {
  return index.terms[lowerBound(index, word, false)] === word;
}

// Tells whether `head` + `tail` may be a compound split there, `tail` being a form of the
// query word; `short` are the query's dictionary forms that are short words (see SHORT_WORD).
function isLastPart(index: SearchIndex, head: string, tail: string, short: string[]): boolean {
  if (head.length < MIN_OTHER_PART) return false;
  const end = head.at(-1)!;
  if (!isVowel(end) && !("ntslrh".includes(end) && isVowel(head.at(-2)))) return false;
  if (isVowel(end) && isVowel(tail[0]) && ONE_SYLLABLE.has(end + tail[0])) return false;
  if (!short.every((base) => tail.startsWith(base))) return false;
  return head.length >= MIN_HEAD || isTerm(index, head);
}

// Tells whether `first` + `rest` may be a compound split there: the rest is a word of the
// index ("rikoksentorjunta|kilpailun"; not "toimin|tatapoja" for toimi) unless the first part
// is long ("kaupungin|osissa").
function isFirstPart(index: SearchIndex, first: string, rest: string): boolean {
  if (rest.length < MIN_OTHER_PART) return false;
  // A Finnish word starts with a vowel or one consonant ("perustee|ttiin" is no compound).
  if (!isVowel(rest[0]) && !isVowel(rest[1])) return false;
  const joint = first.at(-1)! + rest[0]!;
  if (isVowel(joint[0]) && isVowel(joint[1]) && ONE_SYLLABLE.has(joint)) return false;
  return first.length >= LONG_FIRST_PART || isTerm(index, rest);
}

// Gives the ids of every indexed word a folded query word finds: the forms of each dictionary
// form it may be (see dictionaryForms), with any possessive suffix or clitic, and the
// compounds that start with its nominative or genitive or end with one of its case forms. The
// compounds are those of the word as typed only: a guessed dictionary form of an inflected
// word is less sure, and a wrong guess would find every compound ending like it.
export function matchingTerms(index: SearchIndex, folded: string): number[] {
  const ids = new Set<number>();
  const { terms } = index;
  if (!/\p{L}/u.test(folded)) {
    const at = lowerBound(index, folded, false);
    return terms[at] === folded ? [at] : [];
  }
  const bases = dictionaryForms(folded);
  // An inflected form of a short word ends compounds only as that word does ("uutta" is a
  // form of uusi: not "velvollis|uutta").
  const short = bases.filter((base) => base.length <= SHORT_WORD);
  const lastParts = new Set<string>();
  for (const base of bases) {
    const stems = stemsOf(base);
    const typed = base === folded || base.length >= LONG_GUESS;
    const firstParts = new Set(typed && base.length >= MIN_FIRST_PART ? [base] : []);
    for (const { stem, kind } of stems) {
      if (firstParts.size && (kind === "all" || kind === "weak")) firstParts.add(`${stem}n`);
      for (let t = lowerBound(index, stem, false); t < terms.length; t++) {
        const term = terms[t]!;
        if (!term.startsWith(stem)) break;
        if (isEnding(kind, stem, term.slice(stem.length))) ids.add(t);
      }
      if (!typed) continue;
      for (const ending of caseEndings(kind, stem)) {
        const form = stem + ending;
        if (lastParts.has(form)) continue;
        lastParts.add(form);
        for (let i = lowerBound(index, form, true); i < terms.length; i++) {
          const t = index.bySuffix[i]!;
          const term = terms[t]!;
          if (!term.endsWith(form)) break;
          if (isLastPart(index, term.slice(0, -form.length), form, short)) ids.add(t);
        }
      }
    }
    for (const first of firstParts) {
      for (let t = lowerBound(index, first, false); t < terms.length; t++) {
        const term = terms[t]!;
        if (!term.startsWith(first)) break;
        if (isFirstPart(index, first, term.slice(first.length))) ids.add(t);
      }
    }
  }
  return [...ids];
}
