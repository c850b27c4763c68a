// What may follow a stem in a Finnish noun or adjective (folded spelling: ä → a, ö → o), by
// the kind of stem (see finnish-forms.ts): a case ending, then a possessive suffix, then a
// clitic. "kauppa" + "ssa", "kaupa" + "ssa" + "an" + "kin".

import { DIPHTHONGS } from "./finnish-stem-kinds";

export type StemKind =
  | "nominative" // the dictionary form itself (kauppa, kauppa-nsa)
  | "weak" // the weak grade: closed-syllable cases (kaupa-n, kaupa-ssa)
  | "strong" // the strong grade: nominative, partitive, essive, illative (kauppa-a, kauppa-an)
  | "all" // a stem without gradation, or with it in every case (asiakkaa-n, asiakkaa-seen)
  | "pluralWeak" // a plural stem in i, weak grade (kaupoi-ssa)
  | "plural" // a plural stem in i without gradation (asiakkai-ta, asiakkai-ssa, asiakkai-den)
  | "pluralStrong" // a plural stem in i, strong grade (kauppoi-na, kauppoi-hin)
  | "pluralJ" // the same with i turned to j before a vowel (kauppoj-a, kauppoj-en)
  | "consonant" // a consonant stem (asiakas-ta, vet-tä, nais-ten)
  | "essiveN"; // vuon-na

const CASES: Record<StemKind, string[]> = {
  nominative: [""],
  weak: ["n", "ssa", "sta", "lla", "lta", "lle", "ksi", "tta", "t"],
  // A stem other than the nominative is no word by itself: no "" but in nominative.
  strong: ["na", "a", "ta", "in"],
  // -in: the old plural genitive (kauppain) and instructive (taloin).
  all: ["n", "ssa", "sta", "lla", "lta", "lle", "ksi", "tta", "t", "na", "a", "ta", "in"],
  // -n: the instructive (kaupoin).
  pluralWeak: ["ssa", "sta", "lla", "lta", "lle", "ksi", "tta", "n"],
  pluralStrong: ["na", "ne", "hin", "in", "siin", "den", "tten", "ta", "en", "a"],
  plural: ["ssa", "sta", "lla", "lta", "lle", "ksi", "tta", "n", "na", "ne", "hin", "in"].concat([
    "siin",
    "den",
    "tten",
    "ta",
    "en",
    "a",
  ]),
  pluralJ: ["a", "en"],
  consonant: ["ta", "ten"],
  essiveN: ["na"],
};

// The illatives of a stem: talo-on after a short vowel; maa-han, tie-hen, työ-hön after a long
// vowel or diphthong, and vapaa-seen, huonee-seen after a long vowel.
function illatives(stem: string): string[] {
  const vowel = stem.at(-1)!;
  if (!VOWELS.includes(vowel)) return [];
  const end = stem.slice(-2);
  if (end[0] === vowel) return [`h${vowel}n`, "seen"];
  return DIPHTHONGS.has(end) ? [`h${vowel}n`] : [`${vowel}n`];
}

// Third-person and plural possessive suffixes; "-ni" and "-si" are left out, as "kuu" + "si"
// would make "kuusi" a form of "kuu".
const POSSESSIVES = ["nsa", "mme", "nne"];
const CLITICS = ["", "kin", "kaan", "han", "pa", "ko"];
const VOWELS = "aeiouy";

// Gives a case ending with each possessive suffix: kauppa-nsa, kaupa-ssa-an, talo-o-nsa.
function withPossessives(ending: string): string[] {
  if (ending === "" || ending === "t" || ending === "n") return POSSESSIVES;
  const stem = ending === "ksi" ? "kse" : ending;
  const last = stem.at(-1)!;
  if (last === "n") return POSSESSIVES.map((p) => stem.slice(0, -1) + p);
  if (!VOWELS.includes(last)) return [];
  return [`${last}n`, ...POSSESSIVES].map((p) => stem + p);
}

// Gives every ending of a kind of stem ending like `end` (its last two letters), with
// possessives and clitics.
function remaindersOf(kind: StemKind, end: string): Set<string> {
  const cases = [...CASES[kind]];
  if (kind === "strong" || kind === "all") cases.push(...illatives(end));
  const full = cases.flatMap((c) => [c, ...withPossessives(c)]);
  return new Set(full.flatMap((f) => CLITICS.map((clitic) => f + clitic)));
}

const REMAINDERS = new Map<string, Set<string>>();

// Adverbs that look like a case form with a possessive suffix ("uude" + "lle" + "en" is not
// a form of uusi).
const ADVERBS = new Set(["uudelleen", "uudestaan", "yleensa", "toisaalta"]);

// Gives everything that may follow a stem of this kind (ending in `stem`'s last letter).
export function endingsOf(kind: StemKind, stem: string): ReadonlySet<string> {
  const end = stem.slice(-2);
  const key = kind + end;
  let set = REMAINDERS.get(key);
  if (!set) REMAINDERS.set(key, (set = remaindersOf(kind, end)));
  return set;
}

// Tells whether a word that is one of a stem's forms by its letters is not one in fact.
export const isFalseForm = (word: string) => ADVERBS.has(word);

// Gives the plain case endings of a kind of stem (no possessive, no clitic): the forms a
// reader types, and the ones compounds end with.
export function caseEndings(kind: StemKind, stem: string): string[] {
  const cases = CASES[kind];
  return kind === "strong" || kind === "all" ? [...cases, ...illatives(stem)] : cases;
}
