// The stems of a Finnish noun or adjective, from its dictionary form (folded: ä → a, ö → o),
// by the shape of its end: a word in -nen inflects from -se- and -s- (kansallinen/
// kansallisen/kansallista), one in -us from -kse- or -de-/-te- (verotus/verotuksen, oikeus/
// oikeuden/oikeuteen), -as from a long vowel (asiakas/asiakkaan), -si from -de-/-te-/-t-
// (vuosi/vuoden/vuotta/vuonna), and so on, each with consonant gradation. Where the end allows
// several inflection types, every one's stems are given: a stem of the wrong type makes forms
// that no article has, while a missing one would lose real forms. Written from the grammar
// (the inflection types of Kotus' Nykysuomen sanalista), not from any dictionary's data.
import type { StemKind } from "./finnish-endings";
import { consonantStems } from "./finnish-consonant-stems";
import { strongGrades } from "./finnish-gradation";
import { isVowel, type Add, type Plural, type PluralKind } from "./finnish-stem-kinds";
import { vowelPairStems, vowelStems } from "./finnish-vowel-stems";
import type { Harmony } from "./vowel-harmony";

// A stem and the kind of endings it takes; `comparison` for the comparative, superlative and
// -sti stems of adjectives, which no compound ends with.
export type Stem = { stem: string; kind: StemKind; comparison?: boolean };

// Words whose stems no rule gives.
const IRREGULAR: ReadonlyMap<string, Stem[]> = new Map(
  Object.entries({
    mies: "miehe:all miehi:plural",
    lumi: "lume:all lun:consonant lumi:plural", // lunta
    lapsi: "lapse:all las:consonant lapsi:plural", // lasta, lasten
    veitsi: "veitse:all veis:consonant veitsi:plural",
  }).map(([word, stems]) => [
    word,
    stems.split(" ").map((s) => {
      const [stem, kind] = s.split(":");
      return { stem: stem!, kind: kind as StemKind };
    }),
  ]),
);

// Gives the stems of an irregular word or of a compound that ends with one (liikemies/
// liikemiehen, oppilapsi/oppilasta), or undefined.
function irregularStems(word: string): Stem[] | undefined {
  for (const [end, stems] of IRREGULAR) {
    if (word === end) return stems;
    if (word.length >= end.length + 3 && word.endsWith(end)) {
      const head = word.slice(0, -end.length);
      return stems.map(({ stem, kind }) => ({ stem: head + stem, kind }));
    }
  }
  return undefined;
}

// Gives `stems` without consonant gradation, as a name inflects: names do not grade (Valto/
// Valtossa/Valtoja, Jaakko/Jaakkoa/Jaakkon; valta/vallassa).
export function withoutGradation(stems: Stem[]): Stem[] {
  return stems.flatMap(({ stem, kind, comparison }): Stem[] => {
    if (comparison || kind === "weak" || kind === "pluralWeak") return [];
    if (kind === "strong") return [{ stem, kind: "all" }];
    if (kind === "pluralStrong") return [{ stem, kind: "plural" }];
    return [{ stem, kind }];
  });
}

// Gives the stems of a dictionary form, each with the kind of endings it takes. With `loan`, a
// word ending in a consonant also inflects as a loan word or name does (Trump/Trumpin): for
// the word as typed, and for a guess from an inflected one unless it ends in -s, the ending of
// so many Finnish words ("viiksen" → viis must not make "viisi" one of its forms).
export function stemsOf(word: string, loan = !word.endsWith("s"), harmony?: Harmony): Stem[] {
  const stems: Stem[] = [{ stem: word, kind: "nominative" }];
  const add = (stem: string, kind: StemKind) => {
    if (stem.length >= 3) stems.push({ stem, kind });
  };
  // A plural stem in i after a vowel turns it to j before a vowel (kauppoja), except those of
  // long vowels and of words in two vowels (maita, strategioita, not "maja").
  const plural = (stem: string, kind: PluralKind = "plural") => {
    add(stem, kind === "noJ" ? "plural" : kind);
    if ((kind === "plural" || kind === "pluralStrong") && isVowel(stem.at(-2)))
      add(`${stem.slice(0, -1)}j`, "pluralJ");
  };
  const irregular = irregularStems(word);
  if (irregular) return [...stems, ...irregular];
  if (!isVowel(word.at(-1))) consonantStems(word, add, plural, loan);
  else if (isVowel(word.at(-2))) vowelPairStems(word, add, plural);
  else vowelStems(word, add, plural, harmony);
  const plain = stems.length;
  comparisonStems(word, add, plural);
  for (const stem of stems.slice(plain)) stem.comparison = true;
  return stems;
}

// An adjective's comparative, superlative and -sti adverb (aktiivinen: aktiivisempi,
// aktiivisin, mahdollisimman, aktiivisesti; matala: matalampi, matalin, matalasti).
function comparisonStems(word: string, add: Add, plural: Plural): void {
  // The comparative of a stem: matala-mpi, matala-mman, matala-mpaa, matala-mmissa.
  const comparative = (c: string) => {
    add(`${c}mpi`, "nominative");
    add(`${c}mma`, "weak");
    add(`${c}mpa`, "strong");
    plural(`${c}mmi`, "pluralWeak");
    plural(`${c}mpi`);
  };
  if (word.length >= 5 && word.endsWith("mpi")) {
    // A comparative as the dictionary form: enempi/enemmän, parempi/paremman.
    const base = word.slice(0, -3);
    add(`${base}mma`, "weak");
    add(`${base}mpa`, "strong");
    plural(`${base}mmi`, "pluralWeak");
    plural(`${base}mpi`);
  }
  if (word.length >= 5 && /[ai]s$/.test(word)) {
    // An adjective in -as or -is compares from its long vowel: puhdas/puhtaampi, kaunis/
    // kauniimpi.
    const head = word.slice(0, -2);
    const vowel = word.at(-2)!;
    for (const strong of [head, ...strongGrades(head)]) comparative(strong + vowel + vowel);
    return;
  }
  let vowelStem: string;
  if (word.length >= 6 && word.endsWith("nen")) vowelStem = `${word.slice(0, -3)}se`;
  else if (word.length >= 4 && isVowel(word.at(-1)))
    vowelStem = word; // matala, rohkea
  else return;
  const head = vowelStem.slice(0, -1);
  const comparatives: string[] = [vowelStem];
  const last = word.at(-1);
  if (last === "a" || last === "i") comparatives.push(`${head}e`); // laajempi, suurempi
  if (word.endsWith("si")) comparatives.push(`${word.slice(0, -2)}de`); // uusi/uudempi
  for (const c of comparatives) comparative(c);
  // The superlative drops a, ä, e and i (matalin, suurin) and keeps o, u and y (isoin,
  // paksuin): "Niilin" is no form of Niilo.
  const top = "ouy".includes(last!) ? vowelStem : head;
  add(`${top}in`, "nominative");
  add(`${top}imma`, "weak");
  add(`${top}impa`, "strong");
  plural(`${top}immi`, "pluralWeak");
  plural(`${top}impi`);
  add(`${top}immin`, "nominative");
  add(`${vowelStem}sti`, "nominative");
}
