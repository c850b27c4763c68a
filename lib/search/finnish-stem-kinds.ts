// What the stem rules of finnish-forms.ts share.
import type { StemKind } from "./finnish-endings";

export const isVowel = (letter: string | undefined) =>
  letter !== undefined && "aeiouy".includes(letter);

// The diphthongs: two vowels in one syllable (strategia's "ia" is two).
export const DIPHTHONGS: ReadonlySet<string> = new Set(
  "ai ei oi ui yi au eu iu ou ey iy oy ie uo yo".split(" "),
);

// Tells whether two letters are one syllable's vowels: a long vowel or a diphthong.
export const isOneSyllable = (a: string | undefined, b: string | undefined) =>
  isVowel(a) && isVowel(b) && (a === b || DIPHTHONGS.has(a! + b!));

// Adds a stem and the kind of endings it takes.
export type Add = (stem: string, kind: StemKind) => void;
// A plural stem's kind; "noJ" is "plural" without the j form before a vowel (maita, not maja).
export type PluralKind = "plural" | "pluralWeak" | "pluralStrong" | "noJ";
// Adds a plural stem (and its j form: kauppoi-, kauppoj-a).
export type Plural = (stem: string, kind?: PluralKind) => void;
