// The stems of a Finnish noun or adjective, from its dictionary form (folded: ä → a, ö → o),
// by the shape of its end: a word in -nen inflects from -se- and -s- (kansallinen/
// kansallisen/kansallista), one in -us from -kse- or -de-/-te- (verotus/verotuksen, oikeus/
// oikeuden/oikeuteen), -as from a long vowel (asiakas/asiakkaan), -si from -de-/-te-/-t-
// (vuosi/vuoden/vuotta/vuonna), and so on, each with consonant gradation. Where the end allows
// several inflection types, every one's stems are given: a stem of the wrong type makes forms
// that no article has, while a missing one would lose real forms. Written from the grammar
// (the inflection types of Kotus' Nykysuomen sanalista), not from any dictionary's data.
import type { StemKind } from "./finnish-endings";
import { strongGrades, weakGrades } from "./finnish-gradation";

export type Stem = { stem: string; kind: StemKind };

const isVowel = (letter: string | undefined) => letter !== undefined && "aeiouy".includes(letter);

// Long vowels and the diphthongs of one-syllable words, and their plural stems: maa/maita,
// tie/teitä, suo/soita, työ/töitä.
const LONG_PLURALS: Record<string, string> = {
  aa: "ai",
  ee: "ei",
  ii: "ii",
  oo: "oi",
  uu: "ui",
  yy: "yi",
  ie: "ei",
  uo: "oi",
  yo: "oi",
};

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

// Gives the stems of a dictionary form, each with the kind of endings it takes. With `loan`, a
// word ending in a consonant also inflects as a loan word or name does (Trump/Trumpin): for
// the word as typed, and for a guess from an inflected one unless it ends in -s, the ending of
// so many Finnish words ("viiksen" → viis must not make "viisi" one of its forms).
export function stemsOf(word: string, loan = !word.endsWith("s")): Stem[] {
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
  const irregular = IRREGULAR.get(word);
  if (irregular) return [...stems, ...irregular];
  if (!isVowel(word.at(-1))) consonantStems(word, add, plural, loan);
  else if (isVowel(word.at(-2))) vowelPairStems(word, add, plural);
  else vowelStems(word, add, plural);
  comparisonStems(word, add, plural);
  return stems;
}

type Add = (stem: string, kind: StemKind) => void;
type PluralKind = "plural" | "pluralWeak" | "pluralStrong" | "noJ";
type Plural = (stem: string, kind?: PluralKind) => void;

// An adjective's comparative, superlative and -sti adverb (aktiivinen: aktiivisempi,
// aktiivisin, mahdollisimman, aktiivisesti; matala: matalampi, matalin, matalasti).
function comparisonStems(word: string, add: Add, plural: Plural): void {
  let vowelStem: string;
  if (word.length >= 6 && word.endsWith("nen")) vowelStem = `${word.slice(0, -3)}se`;
  else if (word.length >= 4 && isVowel(word.at(-1)))
    vowelStem = word; // matala, rohkea
  else return;
  const head = vowelStem.slice(0, -1);
  const comparatives = [vowelStem];
  const last = word.at(-1);
  if (last === "a" || last === "i") comparatives.push(`${head}e`); // laajempi, suurempi
  if (word.endsWith("si")) comparatives.push(`${word.slice(0, -2)}de`); // uusi/uudempi
  for (const c of comparatives) {
    add(`${c}mpi`, "nominative");
    add(`${c}mma`, "weak");
    add(`${c}mpa`, "strong");
    plural(`${c}mmi`, "pluralWeak");
    plural(`${c}mpi`);
  }
  add(`${head}in`, "nominative");
  add(`${head}imma`, "weak");
  add(`${head}impa`, "strong");
  plural(`${head}immi`, "pluralWeak");
  plural(`${head}impi`);
  add(`${head}immin`, "nominative");
  add(`${vowelStem}sti`, "nominative");
}

// Words ending in a consonant: -nen, -s, -in, -ton, -t, -r/-l/-n, and loan words (Trump/Trumpin).
function consonantStems(word: string, add: Add, plural: Plural, loan: boolean): void {
  const end = word.slice(-2);
  const head = word.slice(0, -2);
  if (word.length >= 5 && word.endsWith("nen")) {
    const base = word.slice(0, -3);
    add(`${base}se`, "all");
    add(`${base}s`, "consonant");
    plural(`${base}si`);
    return;
  }
  // A consonant stem (asiakas-ta, avain-ta), except after -n in general: "seuran" is the
  // genitive of seura far more often than a word of its own ("seuranta" is not one of its forms).
  if (end[1] !== "n") add(word, "consonant");
  if (loan) {
    add(`${word}i`, "all"); // loan words and names: Trump/Trumpin
    plural(`${word}ei`);
  }
  if (end[1] === "s" && isVowel(end[0])) {
    const stem = word.slice(0, -1);
    add(`${stem}kse`, "all"); // vastaus/vastauksen
    plural(`${stem}ksi`);
    if (end === "us" || end === "ys") {
      add(`${stem}de`, "weak"); // oikeus/oikeuden
      add(`${stem}te`, "strong"); // oikeuteen
      add(`${stem}t`, "consonant"); // oikeutta
    }
    for (const strong of [head, ...strongGrades(head)]) {
      add(strong + end[0] + end[0], "all"); // asiakas/asiakkaan, kaunis/kauniin
      plural(`${strong + end[0]}i`);
    }
  } else if (end === "in") {
    const stem = word.slice(0, -1);
    add(word, "consonant");
    add(`${stem}me`, "all"); // avain/avaimen
    plural(`${stem}mi`);
    add(`${stem}mma`, "weak"); // korkein/korkeimman
    add(`${stem}mpa`, "strong");
    plural(`${stem}mmi`, "pluralWeak");
    plural(`${stem}mpi`);
  } else if (word.endsWith("ton")) {
    const base = word.slice(0, -3);
    add(word, "consonant");
    add(`${base}ttoma`, "all"); // tuloton/tulottoman
    plural(`${base}ttomi`);
  } else if (end[1] === "t" && isVowel(end[0])) {
    if (end === "ut" || end === "yt") {
      add(`${word.slice(0, -1)}e`, "all"); // ohut/ohuen
      plural(`${word.slice(0, -1)}i`);
      add(`${head}ee`, "all"); // kuollut/kuolleen
      plural(`${head}ei`);
    } else {
      add(word.slice(0, -1) + end[0], "all"); // kevät/kevään
      plural(`${word.slice(0, -1)}i`);
    }
  } else if (isVowel(end[0]) && "rln".includes(end[1]!)) {
    for (const strong of [head, ...strongGrades(head)]) {
      add(`${strong + end}e`, "all"); // tytär/tyttären, askel/askeleen, ahven/ahvenen
      plural(`${strong + end}i`);
    }
    if (end[1] === "n") {
      add(`${word.slice(0, -1)}me`, "all"); // sydän/sydämen
      plural(`${word.slice(0, -1)}mi`);
    }
  }
}

// Words ending in two vowels: maa, tie, työ, vapaa (long vowels and diphthongs), strategia,
// valtio, korkea (two syllables).
function vowelPairStems(word: string, add: Add, plural: Plural): void {
  const end = word.slice(-2);
  add(word, "all");
  const long = LONG_PLURALS[end];
  if (long) plural(word.slice(0, -2) + long, "noJ");
  else if (end[1] === "i") plural(word, "noJ");
  else if (end[1] === "a") {
    plural(`${word.slice(0, -1)}oi`, "noJ"); // strategia/strategioita
    plural(`${word.slice(0, -1)}i`, "noJ"); // korkea/korkeita
  } else plural(`${word}i`, "noJ"); // valtio/valtioita
}

// Gives about how many syllables a word has: its groups of vowels.
const syllables = (word: string) => word.match(/[aeiouy]+/g)?.length ?? 0;

// Tells whether the stem `head` ends in a consonant cluster that grades in every native word.
const gradesAlways = (head: string) =>
  ["kk", "pp", "tt", "nk", "mp", "lt", "nt", "rt"].includes(head.slice(-2));

// Words ending in one vowel after a consonant: talo, kauppa, risti, ovi, vesi, hanke, nalle.
function vowelStems(word: string, add: Add, plural: Plural): void {
  const last = word.at(-1)!;
  const head = word.slice(0, -1);
  const weak = weakGrades(head);
  if (last === "e") {
    const clusterWeak = weak.filter(() => gradesAlways(head));
    for (const strong of [head, ...strongGrades(head)]) {
      add(`${strong}ee`, "all"); // hanke/hankkeen, huone/huoneen
      plural(`${strong}ei`);
    }
    add(`${word}t`, "consonant"); // hanketta
    add(word, "all"); // nalle/nallen
    plural(`${head}ei`);
    for (const w of clusterWeak) {
      add(`${w}e`, "weak"); // nukke/nuken
      plural(`${w}ei`, "pluralWeak");
    }
    return;
  }
  // A word whose stem ends in a cluster that always grades (kk, pp, tt, nk, mp, lt, nt, rt)
  // takes the closed-syllable endings only in the weak grade ("tyypissä", not "tyyppissä");
  // after a single consonant the word may be a loan that does not grade (auto/autossa).
  const grades = weak.length > 0 && gradesAlways(head);
  add(word, grades ? "strong" : "all");
  for (const w of weak) add(w + last, "weak");
  // The weak grade: kaupoissa; in words of three syllables or more, every plural case
  // (laatikoita, päälliköiden).
  const strongPlural = grades ? "pluralStrong" : "plural";
  const weakPlural = syllables(word) >= 3 ? "plural" : "pluralWeak";
  if (last === "a") {
    plural(`${head}oi`, strongPlural); // kala/kaloja, kauppa/kauppoja
    plural(`${head}i`, strongPlural); // koira/koiria
    for (const w of weak) {
      plural(`${w}oi`, weakPlural);
      plural(`${w}i`, weakPlural);
    }
  } else if (last === "i") iStems(word, head, weak, add, plural, strongPlural);
  else {
    plural(`${word}i`, strongPlural); // talo/taloja
    for (const w of weak) plural(`${w + last}i`, weakPlural); // katu/kaduilla, laatikoita
  }
}

// Words in -i: risti/ristejä (and raati/raadin), ovi/oven, tuli/tulta, lumi/lunta,
// vesi/veden/vettä, lapsi/lasta.
function iStems(
  word: string,
  head: string,
  weak: string[],
  add: Add,
  plural: Plural,
  strongPlural: PluralKind,
): void {
  plural(word, strongPlural); // ristien, ovia
  plural(`${head}ei`, strongPlural); // ristejä, papereita
  add(`${head}e`, "all"); // ovi/oven, tuki/tukea
  for (const w of weak) {
    plural(`${w}ei`, "pluralWeak"); // laki/laeissa
    add(`${w}e`, "weak"); // tuki/tuen, lahti/lahden
    plural(`${w}i`, "pluralWeak"); // tuissa
  }
  const before = head.at(-1)!;
  if ("lrn".includes(before)) add(head, "consonant"); // tulta, kieltä, merta, unta
  if (before === "s" && head.length >= 2) {
    const base = head.slice(0, -1);
    add(`${base}de`, "weak"); // vesi/veden
    add(`${base}te`, "strong"); // veteen
    add(`${base}t`, "consonant"); // vettä
    add(`${base}n`, "essiveN"); // vuonna
  }
}
