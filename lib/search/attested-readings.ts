// Which of the dictionary forms guessed for an inflected query word to search for. The rules
// of finnish-lemmas.ts guess every word a form could be of, and some guesses are no words at
// all: "Kaukoja" (the name Kauko) could by rule be a form of "kauka", whose weak grade finds
// "kauan". A guess is attested when the articles have it as a word, or have as a word another
// guess that is one of its case forms ("vuosiin": vuosia, a form of vuosi); when some guesses
// are attested, the others are left out. The query word itself is always searched for, and
// when no guess is attested, every guess is (an article may have a word only in its other
// forms).
import { caseEndings } from "./finnish-endings";
import { stemsOf } from "./finnish-forms";
import { dictionaryForms, isCaseForm } from "./finnish-lemmas";
import type { SearchIndex } from "./search-index";
import { termId } from "./term-lookup";
import type { HarmonyOf } from "./vowel-harmony";

// Gives `forms` (dictionaryForms of `folded`: itself first, then the guesses, each in the
// harmony `harmonyOf` gives it) without the guesses that are not attested when others are.
export function attestedForms(
  index: SearchIndex,
  folded: string,
  forms: string[],
  harmonyOf: HarmonyOf,
): string[] {
  const guesses = forms.filter((form) => form !== folded);
  const words = guesses.filter((form) => termId(index, form) >= 0);
  if (!words.length) return forms;
  const attested = guesses.filter(
    (guess) =>
      words.includes(guess) ||
      words.some(
        (word) =>
          word !== guess && (word.startsWith(guess) || isCaseForm(word, guess, harmonyOf(guess))),
      ),
  );
  // A guess the articles have only in words that are other words of theirs, inflected
  // (for the guess "aikaa" of "aikaisiin": "aikaa" and "aikaan" are aika's, "aikaista"
  // aikainen's) or with a possessive suffix or clitic (for the guess "isäni" of "isäntä":
  // isä-ni), is no word of theirs: the other words explain them (the word typed, which is
  // what is being explained, is no evidence). It is left out when another guess, or the word
  // typed, is a word of the articles.
  const own = attested.filter((guess) => !formsOfOtherWords(index, folded, guess, harmonyOf));
  const kept =
    own.length < attested.length &&
    (termId(index, folded) >= 0 || own.some((guess) => words.includes(guess)));
  return [folded, ...(kept ? own : attested)];
}

// Possessive suffixes and clitics: what may follow a word without making it another.
const SUFFIXES = ["ni", "si", "nsa", "mme", "nne", "pa", "kin", "kaan", "han", "ko"];

// Tells whether the articles have `guess` in some plain case form other than the word
// `typed`, each of which is also another word of theirs, inflected or with a possessive suffix
// or clitic.
function formsOfOtherWords(
  index: SearchIndex,
  typed: string,
  guess: string,
  harmonyOf: HarmonyOf,
): boolean {
  const forms = new Set<string>();
  for (const { stem, kind, comparison } of stemsOf(guess, undefined, harmonyOf(guess)))
    if (!comparison)
      for (const ending of caseEndings(kind, stem))
        if (stem + ending !== typed && termId(index, stem + ending) >= 0) forms.add(stem + ending);
  if (!forms.size) return false;
  const other = (word: string) => word !== guess && termId(index, word) >= 0;
  // The guess's own dictionary form is explained only as a word it starts with and an ending
  // ("aikaa" is aika-a, "isäni" isä-ni; "isäntä" is no form of an "isäni").
  const explained = (form: string) =>
    dictionaryForms(form, harmonyOf).some(
      (base) => base !== form && other(base) && (form !== guess || form.startsWith(base)),
    ) ||
    SUFFIXES.some(
      (suffix) =>
        form.endsWith(suffix) &&
        form.length - suffix.length >= 3 &&
        other(form.slice(0, -suffix.length)),
    );
  for (const form of forms) if (!explained(form)) return false;
  return true;
}
