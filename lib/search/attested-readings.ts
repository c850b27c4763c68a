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
  // A guess the articles have only in words that are also case forms of other words of theirs
  // (for the guess "aikaa" of "aikaisiin": "aikaa" and "aikaan" are aika's, "aikaista"
  // aikainen's) is no word of theirs: the other words explain them. It is left out when another guess is a word of
  // the articles in its own right (aikainen).
  const own = attested.filter((guess) => !formsOfOtherWords(index, guess, harmonyOf));
  const kept = own.length < attested.length && own.some((guess) => words.includes(guess));
  return [folded, ...(kept ? own : attested)];
}

// Tells whether the articles have `guess` in some plain case form, each of which is also a
// case form of another word of theirs.
function formsOfOtherWords(index: SearchIndex, guess: string, harmonyOf: HarmonyOf): boolean {
  const forms = new Set<string>();
  for (const { stem, kind, comparison } of stemsOf(guess, undefined, harmonyOf(guess)))
    if (!comparison)
      for (const ending of caseEndings(kind, stem))
        if (termId(index, stem + ending) >= 0) forms.add(stem + ending);
  if (!forms.size) return false;
  for (const form of forms)
    if (
      !dictionaryForms(form, harmonyOf).some(
        (base) => base !== guess && base !== form && termId(index, base) >= 0,
      )
    )
      return false;
  return true;
}
