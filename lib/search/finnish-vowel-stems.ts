// The stems of nouns and adjectives that end in a vowel (see finnish-forms.ts).
import { strongGrades, weakGrades } from "./finnish-gradation";
import type { Add, Plural, PluralKind } from "./finnish-stem-kinds";
import type { Harmony } from "./vowel-harmony";

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

// Words ending in two vowels: maa, tie, työ, vapaa (long vowels and diphthongs), strategia,
// valtio, korkea (two syllables).
export function vowelPairStems(word: string, add: Add, plural: Plural): void {
  const end = word.slice(-2);
  // An a, o or ä before a final e is no diphthong: a k of the strong grade was lost between
  // them, and every case but the partitive takes it back (koe/kokeen/kokeita/koetta,
  // rae/rakeen, säe/säkeen); "koen" and "koeta" are forms of the verb kokea, not of koe. After
  // u and y the e is a derivation's (alue/alueen, joukkue, kyse): no k.
  if (end[1] === "e" && "aoä".includes(end[0]!)) {
    const strong = `${word.slice(0, -1)}ke`;
    add(`${strong}e`, "all");
    plural(`${strong}i`);
    add(`${word}t`, "consonant");
    return;
  }
  add(word, "all");
  const long = LONG_PLURALS[end];
  if (long) plural(word.slice(0, -2) + long, "noJ");
  else if (end[1] === "i") plural(word, "noJ");
  else if (end[1] === "a") {
    plural(`${word.slice(0, -1)}oi`); // strategia/strategioita, Olivia/Olivioja
    // korkea/korkeita; not a word in -ia ("via" has no plural "viiden").
    if (end[0] === "e") plural(`${word.slice(0, -1)}i`, "noJ");
  } else plural(`${word}i`, "noJ"); // valtio/valtioita
}

// Gives about how many syllables a word has: its groups of vowels.
const syllables = (word: string) => word.match(/[aeiouy]+/g)?.length ?? 0;

// Tells whether the stem `head` ends in a consonant cluster that grades in every native word.
const gradesAlways = (head: string) =>
  ["kk", "pp", "tt", "nk", "mp", "lt", "nt", "rt"].includes(head.slice(-2));

// Gives the plurals a word in -a (or -ä, folded) may take: -oi- (kala/kaloja) and -i-
// (koira/koiria). A word in -ä takes -i- (kylä/kyliä); one of two syllables in -a takes -i-
// after o or u in its first syllable (koira, ruoka, kunta) and -oi- after a, e or i (kala,
// aika, vika/vikoja: not "viitta"). Folded, with the harmony unknown, either.
function aPlurals(word: string, harmony?: Harmony): { o: boolean; i: boolean } {
  if (harmony === "front") return { o: false, i: true };
  if (harmony !== "back" || syllables(word) !== 2) return { o: true, i: true };
  const first = /[aeiouy]/.exec(word)?.[0] ?? "";
  return "ou".includes(first) ? { o: false, i: true } : { o: true, i: false };
}

// Words ending in one vowel after a consonant: talo, kauppa, risti, ovi, vesi, hanke, nalle.
// `harmony`, when the query word's letters tell it, chooses the plural of a word in -a.
export function vowelStems(word: string, add: Add, plural: Plural, harmony?: Harmony): void {
  const last = word.at(-1)!;
  const head = word.slice(0, -1);
  // lk and rk weaken to lj and rj before e and i (jälki/jäljen, arki/arjen, not "telin" of
  // telki), to l and r before a, o and u (jalka/jalan).
  const weak = weakGrades(head).filter(
    (w) => !/[lr]k$/.test(head) || w.endsWith("j") === "ei".includes(last),
  );
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
    const { o, i } = aPlurals(word, harmony);
    if (o) plural(`${head}oi`, strongPlural); // kala/kaloja, kauppa/kauppoja
    if (i) plural(`${head}i`, strongPlural); // koira/koiria
    for (const w of weak) {
      if (o) plural(`${w}oi`, weakPlural);
      if (i) plural(`${w}i`, weakPlural);
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
