import { attestedForms } from "./attested-readings";
import { caseEndings, endingsOf, isFalseForm } from "./finnish-endings";
import { stemsOf, withoutGradation, type Stem } from "./finnish-forms";
import { weakGrades } from "./finnish-gradation";
import { dictionaryForms, isLoanGuess } from "./finnish-lemmas";
import { isOneSyllable, isVowel } from "./finnish-stem-kinds";
import type { SearchIndex } from "./search-index";
import { spellingMatches, type SpellingMatches } from "./spelling-match";
import { endingWith, startingWith, termId, termIds } from "./term-lookup";
import { foldWord } from "./text";
import { harmonyOfBase, type Harmony, type HarmonyOf } from "./vowel-harmony";

// A word finds the compounds it starts from MIN_FIRST_PART letters ("rikoksentorjunta" finds
// "rikoksentorjuntakilpailun"; "kilpa" is too short a start to find "kilpailu") and the
// compounds it ends from MIN_LAST_PART ("vero" ends "lahjaveron"). A dictionary form of SHORT_WORD letters or
// fewer ends compounds only in forms that keep it whole ("ennakko|veroa", "yhteis|työtä"; not
// "työnant|ajan" for aika, "velvollis|uutta" for uusi). A dictionary form guessed from an
// inflected query word finds compounds from LONG_GUESS letters ("verotuksen" → verotus →
// "perintöverotus"): a shorter guess is too often wrong.
export const MIN_FIRST_PART = 5;
export const MIN_LAST_PART = 3;
export const SHORT_WORD = 4;
export const LONG_GUESS = 7;
// From this many letters a first part needs no other word of the index to vouch for the rest
// ("kaupungin|osissa").
export const LONG_FIRST_PART = 8;
// The other part of the compound must look like a word: at least MIN_OTHER_PART letters,
// ending as a Finnish word can (a vowel, or n, t, s, l, r after one: not "työnant|ajan"),
// and a word of the index when shorter than MIN_HEAD ("tulo|vero"; not "his|toria").
export const MIN_OTHER_PART = 3;
export const MIN_HEAD = 4;
// A query word looks at no more compound candidates than this: a word that ends or starts tens
// of thousands of words ("sta", a case ending typed alone) is no compound part a reader means,
// and a query of twelve such words must not hold the server for half a second.
export const MAX_COMPOUND_CANDIDATES = 10_000;
// The number words that other numbers are written with as one word ("kolmekymmentä",
// "kaksisataa", "viisituhatta"): twenty is not found by "kymmenen".
const NUMBER_WORDS: ReadonlySet<string> = new Set(["kymmen", "kymmenen", "sata", "tuhat"]);

// Tells whether `word` is a term of the index.
const isTerm = (index: SearchIndex, word: string) => termId(index, word) >= 0;

// Tells whether `head` + `tail` may be a compound split there, `tail` being a form of the
// query word; `short` are the query's dictionary forms that are short words (see SHORT_WORD).
function isLastPart(index: SearchIndex, head: string, tail: string, short: string[]): boolean {
  if (head.length < MIN_OTHER_PART) return false;
  const end = head.at(-1)!;
  if (!isVowel(end) && !("ntslr".includes(end) && isVowel(head.at(-2)))) return false;
  // No compound is split inside a syllable ("kilpa|ilu").
  if (isOneSyllable(end, tail[0])) return false;
  if (!short.every((base) => tail.startsWith(base))) return false;
  return head.length >= MIN_HEAD || isTerm(index, head);
}

// Case endings a word of the index may have after it (see cutsAnotherWord).
const PLAIN_ENDINGS = (
  "n t a ta na ssa sta lla lta lle ksi tta ja ia ita issa ista illa ilta ille iksi ina ihin " +
  "en ien iden in"
).split(" ");

// Gives the endings after which a term that ends with `form` (a form of the query word made
// from a stem of `stemLength` letters) may rather be a case form of another word: the endings
// `form` ends with that start inside its stem ("rissa": -a, -ssa).
function endingsInside(form: string, stemLength: number): string[] {
  return PLAIN_ENDINGS.filter(
    (ending) =>
      ending.length < form.length &&
      ending.length > form.length - stemLength &&
      form.endsWith(ending),
  );
}

// Tells whether `term`, split after `head` with a form of the query word, is rather a case
// form of a word of the index that ends inside the query word's stem (`endings`, from
// endingsInside): "kellari|ssa" is not "kella|rissa", "suuri|ssa" not "suu|rissa";
// "perintövero|n" ends after the stem of vero, and stays a compound of it.
function cutsAnotherWord(index: SearchIndex, term: string, head: number, endings: string[]) {
  for (const ending of endings)
    if (term.length - ending.length > head && isTerm(index, term.slice(0, -ending.length)))
      return true;
  return false;
}

// Tells whether `first` + `rest` may be a compound split there: the rest is a word of the
// index ("rikoksentorjunta|kilpailun"; not "toimin|tatapoja" for toimi) unless the first part
// is long ("kaupungin|osissa").
function isFirstPart(index: SearchIndex, first: string, rest: string): boolean {
  if (rest.length < MIN_OTHER_PART) return false;
  // A Finnish word starts with a vowel or one consonant ("perustee|ttiin" is no compound).
  if (!isVowel(rest[0]) && !isVowel(rest[1])) return false;
  if (isOneSyllable(first.at(-1), rest[0])) return false;
  return first.length >= LONG_FIRST_PART || isTerm(index, rest);
}

// Adds the ids of the terms that are `stem` + one of `endings`: by reading the terms that start
// with the stem, or, when there are more of them than endings (a short stem such as "kat" of
// kasi), by looking each ending up. Tells whether one of them is not the word `typed`.
function addForms(
  index: SearchIndex,
  stem: string,
  endings: ReadonlySet<string>,
  found: SpellingMatches,
  harmony: Harmony | undefined,
  typed: string,
): boolean {
  const { terms } = index;
  const [from, to] = startingWith(index, stem);
  let other = false;
  const add = (t: number) => {
    found.add(t, 0, stem.length, terms[t]!.length, harmony);
    if (terms[t] !== typed) other = true;
  };
  if (to - from > endings.size * 16) {
    for (const ending of endings) {
      const [first, end] = termIds(index, stem + ending);
      for (let t = first; t < end; t++) if (!isFalseForm(terms[t]!)) add(t);
    }
    return other;
  }
  for (let t = from; t < to; t++) {
    const term = terms[t]!;
    if (endings.has(term.slice(stem.length)) && !isFalseForm(term)) add(t);
  }
  return other;
}

// Tells whether a case ending closes the syllable before it (kaupa-n, kaupa-ssa): the
// cases that take the weak grade of a word that grades.
const closes = (ending: string) => /^[^aeiouy]([^aeiouy]|$)/.test(ending);

// Gives the stems of `base`, a dictionary form guessed for the typed word `folded`, that fit
// how the typed word reads it. A word that grades does so in every closed syllable of its
// singular: a typed word that is such a form of the unchanged dictionary form ("kokin" of
// koki, not "koin") reads it as a word that does not grade (a loan, as taksi/taksin), whose
// weak-grade forms are not searched for. And a word in -i inflects either on i (risti/ristin,
// taksi/taksin) or on e (ovi/oven, tuki/tukea/tuen); those on e are old native words, and those
// of them with a consonant that grades all grade (joki/joen, lahti/lahden): read as not
// grading, the word is one on i, and its e-stem forms (kokea, kokeen) are not its own.
function readingStems(folded: string, base: string, stems: Stem[]): Stem[] {
  if (base === folded || !isVowel(base.at(-1))) return stems;
  const head = base.slice(0, -1);
  const weak = weakGrades(head).filter((w) => w !== head);
  if (!weak.length) return stems;
  // (That the typed word may also be its superlative, as "kokin" of a koki like suuri/suurin,
  // tells nothing of its gradation.)
  const notGrading = stems.some(
    ({ stem, kind, comparison }) =>
      !comparison &&
      stem === base &&
      (kind === "all" || kind === "strong") &&
      folded.startsWith(stem) &&
      closes(folded.slice(stem.length)) &&
      caseEndings(kind, stem).includes(folded.slice(stem.length)),
  );
  if (!notGrading) return stems;
  const onI = base.endsWith("i");
  return stems.filter(
    ({ stem, comparison }) =>
      comparison ||
      !(
        weak.some((w) => stem.startsWith(w) && !stem.startsWith(head)) ||
        (onI && stem.length <= base.length && !stem.startsWith(base))
      ),
  );
}

// Tells whether the articles write a word only as a name does, capitalised ("Valto", never
// "valto").
function isName(index: SearchIndex, base: string): boolean {
  const [from, to] = termIds(index, base);
  let capitalised = false;
  for (let t = from; t < to; t++) {
    const spelling = index.spellings[t]!;
    if (index.forms.get(spelling) >= 0) return false;
    capitalised ||= index.forms.get(capitalise(spelling)) >= 0;
  }
  return capitalised;
}

const capitalise = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

// Tells whether the articles write some word of `base`'s spelling lowercase.
const isCommonWord = (index: SearchIndex, base: string) => {
  const [from, to] = termIds(index, base);
  for (let t = from; t < to; t++) if (index.forms.get(index.spellings[t]!) >= 0) return true;
  return false;
};

// Gives `found` taking only the terms that may be forms of the name `name`. A name is written
// capitalised in every form: a term that the articles never write so, or a compound, whose end
// from the name's stem is also a form of a common word of theirs, is that word's
// ("yhdysvaltojen" and "valtoja" are valta's, not Valto's, whose plural forms they share).
function nameMatches(index: SearchIndex, name: string, found: SpellingMatches): SpellingMatches {
  const common = new Map<string, boolean>();
  const isCommonForm = (part: string) => {
    let is = common.get(part);
    if (is === undefined) {
      // (With a possessive suffix: "valloilleen" is valloille-en.)
      const plain = /([aeiouy])\1n$/.test(part) ? [part, part.slice(0, -2)] : [part];
      is = plain.some((word) =>
        dictionaryForms(word).some(
          (base) => base !== name && base !== word && isCommonWord(index, base),
        ),
      );
      common.set(part, is);
    }
    return is;
  };
  return {
    ...found,
    add(t, at, stemLength, end, harmony) {
      // (A compound is capitalised by its first part: "Yhdysvalloista" is no name's form.)
      const written = at === 0 && index.forms.get(capitalise(index.spellings[t]!)) >= 0;
      // (A compound that starts with the name is no form of another word: "Valtokari".)
      const starts = end < index.terms[t]!.length;
      if (starts || written || !isCommonForm(index.terms[t]!.slice(at)))
        found.add(t, at, stemLength, end, harmony);
    },
  };
}

// Query words recur (readers search for the same things, and the live search asks again at
// each letter typed): each index keeps the words it matched, with up to this many term ids in
// all (a few MB), and starts afresh when full.
const CACHED_IDS = 1_000_000;
type Cache = { words: Map<string, readonly number[]>; ids: number };
const caches = new WeakMap<SearchIndex, Cache>();

// Gives matchingTerms(index, spelled), from the index's cache when it was asked before.
export function cachedMatchingTerms(index: SearchIndex, spelled: string): readonly number[] {
  let cache = caches.get(index);
  if (!cache) caches.set(index, (cache = { words: new Map(), ids: 0 }));
  let ids = cache.words.get(spelled);
  if (!ids) {
    ids = matchingTerms(index, spelled);
    if (cache.ids + ids.length > CACHED_IDS) cache = { words: new Map(), ids: 0 };
    caches.set(index, cache);
    cache.words.set(spelled, ids);
    cache.ids += ids.length + 1;
  }
  return ids;
}

// Gives the ids of every indexed word a query word (spelled, see spellWord) finds, those
// spelled with its ä and ö first (see spelling-match.ts): the forms of each dictionary
// form it may be (see dictionaryForms), with any possessive suffix or clitic, and the
// compounds that start with its nominative or genitive or end with one of its case forms. The
// compounds are those of the word as typed only: a guessed dictionary form of an inflected
// word is less sure, and a wrong guess would find every compound ending like it.
export function matchingTerms(index: SearchIndex, spelled: string): number[] {
  const folded = foldWord(spelled);
  if (!/\p{L}/u.test(folded)) {
    const [from, to] = termIds(index, folded);
    return Array.from({ length: to - from }, (_, i) => from + i);
  }
  // The word in the harmony its letters tell; when nothing is spelled so, the reader may have
  // typed a word of the other harmony without umlauts ("paivia" for päiviä).
  let told = false;
  const found = spelledMatches(index, spelled, (base) => {
    const harmony = harmonyOfBase(spelled, base);
    told ||= harmony !== undefined;
    return harmony;
  });
  if (found.anySpelledAsTyped() || !told) return found.ids();
  return spelledMatches(index, spelled, () => undefined).ids();
}

// Gives the matches of matchingTerms, each dictionary form's endings and plurals read in the
// harmony `harmonyOf` gives it.
function spelledMatches(
  index: SearchIndex,
  spelled: string,
  harmonyOf: HarmonyOf,
): SpellingMatches {
  const folded = foldWord(spelled);
  const { terms } = index;
  const found = spellingMatches(index, spelled);
  const named = (base: string) => isName(index, base);
  const bases = attestedForms(index, folded, dictionaryForms(folded, harmonyOf, named), harmonyOf);
  // An inflected form of a short word ends compounds only as that word does ("uutta" is a
  // form of uusi: not "velvollis|uutta").
  const short = bases.filter((base) => base.length <= SHORT_WORD);
  // Numbers are written as one word (kaksikymmentä, viisisataa): no compound of a number word.
  const numeral = bases.some((base) => NUMBER_WORDS.has(base));
  const lastParts = new Set<string>();
  let budget = MAX_COMPOUND_CANDIDATES;
  for (const base of bases) {
    const harmony = harmonyOf(base);
    const loan = base === folded || isLoanGuess(folded, base) || undefined;
    const name = named(base);
    // A name does not grade (Valto/Valtossa): its strong grade makes every form. (A common
    // word the articles have only at the start of a sentence looks like a name, so its weak
    // grade is kept: "Kaupunki", "kaupungin|osissa".)
    const all = stemsOf(base, loan, harmony);
    const stems = readingStems(folded, base, name ? [...all, ...withoutGradation(all)] : all);
    const into = name ? nameMatches(index, base, found) : found;
    // A short word that starts with two consonants is a case ending typed alone ("ssa", "ksi"),
    // no compound part.
    const endingAlone = base.length <= SHORT_WORD && !isVowel(base[0]) && !isVowel(base[1]);
    // A guess inflected as a name in -s ("alkuperäis" of "alkuperäisiä") is no compound part.
    const sureGuess = base.length >= LONG_GUESS && !(loan && base.endsWith("s"));
    // Whether the articles have a form of the word other than the one typed.
    let attested = false;
    for (const { stem, kind } of stems)
      attested = addForms(index, stem, endingsOf(kind, stem), into, harmony, folded) || attested;
    const typed = (base === folded || sureGuess) && !endingAlone && !numeral;
    // A guess the articles have in no other form starts no compound ("perusteita" guesses
    // "perustet", which would start "perustet|tiin").
    const starts = typed && (base === folded || attested);
    const firstParts = new Set(starts && base.length >= MIN_FIRST_PART ? [base] : []);
    for (const { stem, kind, comparison } of stems) {
      // No compound starts or ends with a comparative (nor with a stem that is no word).
      if (comparison || !typed || base.length < MIN_LAST_PART) continue;
      if (firstParts.size && (kind === "all" || kind === "weak")) firstParts.add(`${stem}n`);
      for (const ending of caseEndings(kind, stem)) {
        const form = stem + ending;
        if (lastParts.has(form)) continue;
        lastParts.add(form);
        const [from, to] = endingWith(index, form);
        const inside = endingsInside(form, stem.length);
        budget -= to - from;
        if (budget < 0) continue;
        for (let i = from; i < to; i++) {
          const t = index.bySuffix[i]!;
          const head = terms[t]!.length - form.length;
          if (
            isLastPart(index, terms[t]!.slice(0, head), form, short) &&
            !cutsAnotherWord(index, terms[t]!, head, inside)
          )
            into.add(t, head, stem.length, terms[t]!.length, harmony);
        }
      }
    }
    for (const first of firstParts) {
      const [from, to] = startingWith(index, first);
      budget -= to - from;
      if (budget < 0) continue;
      for (let t = from; t < to; t++)
        if (isFirstPart(index, first, terms[t]!.slice(first.length)))
          into.add(t, 0, first.length, first.length, harmony);
    }
  }
  return found;
}
