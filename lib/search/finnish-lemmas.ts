// The dictionary forms an inflected query word may be a form of: "asiakkaan" → asiakas,
// "ihmiskaupoissa" → ihmiskauppa, "vuonna" → vuosi. Each guess is kept only when its own
// stems (finnish-forms.ts) give back the word typed, so a guess that does not inflect that
// way never reaches the index.
import { caseEndings } from "./finnish-endings";
import { stemsOf, withoutGradation } from "./finnish-forms";
import { strongGrades, weakGrades } from "./finnish-gradation";
import { isVowel } from "./finnish-stem-kinds";
import type { Harmony, HarmonyOf } from "./vowel-harmony";

// Stem ends and the dictionary-form ends they come from (the inverse of finnish-forms.ts).
const BACK: [string, string][] = [
  ["kse", "s"],
  ["ksi", "s"],
  ["de", "s"],
  ["te", "s"],
  ["t", "s"],
  ["de", "si"],
  ["te", "si"],
  ["t", "si"],
  ["n", "si"],
  ["se", "nen"],
  ["si", "nen"],
  ["s", "nen"],
  ["me", "n"],
  ["mi", "n"],
  ["mma", "n"],
  ["mpa", "n"],
  ["mmi", "n"],
  ["mpi", "n"],
  ["ttoma", "ton"],
  ["ttomi", "ton"],
  ["e", "t"],
  ["i", "t"],
  ["ee", "ut"],
  ["ei", "ut"],
  ["e", ""],
  ["i", ""],
  ["ee", "e"],
  ["ei", "e"],
  ["aa", "as"],
  ["ee", "es"],
  ["ii", "is"],
  ["ai", "as"],
  ["ei", "es"],
  ["oi", "a"],
  ["i", "a"],
  ["ei", "i"],
  ["ei", "ea"],
  ["e", "i"],
  ["j", ""],
  ["oj", "a"],
  ["ej", "i"],
  ["ej", "e"],
  ["ai", "aa"],
  ["ui", "uu"],
  ["yi", "yy"],
  ["ei", "ee"],
  ["oi", "oo"],
  ["ei", "ie"],
  ["oi", "uo"],
  ["oi", "yo"],
  ["l", "li"],
  ["r", "ri"],
  ["n", "ni"],
];

// Gives `word` with the consonants before its last vowel (kaupa → kauppa) or, in a word that
// ends in a consonant, before its last vowel and consonant (asiakkas → asiakas) in each grade.
function graded(word: string): string[] {
  const tail = isVowel(word.at(-1)) ? 1 : 2;
  const head = word.slice(0, -tail);
  return [word, ...[...weakGrades(head), ...strongGrades(head)].map((g) => g + word.slice(-tail))];
}

// Tells whether `word` is a plain case form of the dictionary form `base` (of this harmony;
// inflected as a loan word or name with `loan`, see stemsOf).
// With `name`, `base` is a name, which does not grade.
export function isCaseForm(
  word: string,
  base: string,
  harmony?: Harmony,
  loan?: boolean,
  name?: boolean,
): boolean {
  const stems = stemsOf(base, loan, harmony);
  return (name ? withoutGradation(stems) : stems).some(
    ({ stem, kind }) =>
      word.startsWith(stem) && caseEndings(kind, stem).includes(word.slice(stem.length)),
  );
}

const ALL_ENDINGS = [
  ...new Set(
    (["all", "weak", "plural", "pluralJ", "consonant", "essiveN"] as const).flatMap((kind) =>
      // Stems ending in a short vowel, a long one and a diphthong.
      [..."aeiouy"].flatMap((v) => [`k${v}`, v + v, `u${v}`].flatMap((s) => caseEndings(kind, s))),
    ),
  ),
].filter(Boolean);

// Tells whether a guessed dictionary form could be a Finnish word: three letters or more,
// ending in a vowel, or four or more ending in n, t, s, l or r after one (no "ki" from
// "kissa", no "rikoksentorjun").
function looksLikeWord(base: string): boolean {
  if (base.length < 3 || /([^aeiouy])\1\1/.test(base)) return false;
  const end = base.at(-1)!;
  if (isVowel(end)) return true;
  // Words of three letters that end in a consonant are foreign ("set", "kok"): too short a
  // guess ("setin" is not set's, nor "seinään").
  return base.length >= 4 && "ntslr".includes(end) && isVowel(base.at(-2));
}

// Tells whether `base` may be a loan word or name whose case form `word` is: a loan word or name
// takes its endings after an i (Robertin, Texasin, Johanssoneja), and may end in any consonant
// (four letters or more: "kokin" is no form of "kok").
export function isLoanGuess(word: string, base: string): boolean {
  const at = base.length;
  if (at < 4 || isVowel(base.at(-1)) || !word.startsWith(base)) return false;
  return word[at] === "i" || (word[at] === "e" && "ij".includes(word[at + 1] ?? "-"));
}

// Gives the dictionary forms `word` (folded) may be a case form of, itself first, each guess
// inflected in the harmony `harmonyOf` gives it (see vowel-harmony.ts); a guess that `isName`
// tells is a name is inflected without gradation ("Valtoissa" is Valto's).
export function dictionaryForms(
  word: string,
  harmonyOf: HarmonyOf = () => undefined,
  isName: (base: string) => boolean = () => false,
): string[] {
  const guesses = new Set<string>();
  for (const ending of ALL_ENDINGS) {
    if (!word.endsWith(ending) || word.length - ending.length < 2) continue;
    const stem = word.slice(0, -ending.length);
    guesses.add(stem);
    for (const [from, to] of BACK)
      // One letter before the stem end at least: maita → maa, syitä → syy, teitä → tie.
      if (stem.endsWith(from) && stem.length > from.length)
        guesses.add(stem.slice(0, -from.length) + to);
  }
  const found = [word];
  for (let at = 3; at < word.length; at++) {
    const base = word.slice(0, at);
    if (isLoanGuess(word, base) && !found.includes(base) && isCaseForm(word, base, undefined, true))
      found.push(base);
  }
  for (const guess of guesses)
    for (const base of graded(guess))
      if (
        !found.includes(base) &&
        looksLikeWord(base) &&
        (isCaseForm(word, base, harmonyOf(base)) ||
          (isName(base) && isCaseForm(word, base, harmonyOf(base), undefined, true)))
      )
        found.push(base);
  return found;
}
