import { stemmer } from "@orama/stemmers/finnish";

// Forms the Snowball stemmer cannot join to their base word: short words whose stem changes
// inside (k disappears or turns to j: laki/lain, tuki/tuen, aika/ajan) and työ, too short
// for the stemmer to touch. Folded surface form → base word. (These tables are Maps, not
// objects: a word such as "constructor" must not find an object's own properties.)
const IRREGULAR: ReadonlyMap<string, string> = new Map(
  Object.entries({
    laki: "lain lait laissa laista laille lailla lakiin lakeihin laeissa laeista laeille laeilla",
    tuki: "tuen tuet tuessa tuesta tuelle tuella tukeen tuista tuissa tuille tuilla",
    aika: "ajan ajat ajassa ajasta ajalle ajalla aikaan aikoja aikojen",
    tyo: "tyon tyota tyot tyossa tyosta tyohon tyolle tyolla toita toiden toihin toissa toista",
    yritys: "yrityksen yritysta yritykset yrityksia yritysten yritysten",
  }).flatMap(([base, forms]) => forms.split(" ").map((form) => [form, base])),
);

// Of those, the ones that also end compounds (rikoslain, erityistuen); the other forms are too
// short to tell from unrelated word endings (kuljettajan is not a form of aika).
const COMPOUND_ENDS = ["laki", "tuki"];

// Words the rules above would join to an unrelated word, with a key of their own: "korkein
// oikeus" is not about interest rates (korko) though Snowball gives both "kork".
const FIXED_KEYS: ReadonlyMap<string, string> = new Map(
  Object.entries({
    "korkein~": "korkein korkeimman korkeimmassa korkeimpaan korkeimmat korkeimpien korkeimmalle",
    "korkea~": "korkea korkean korkeaa korkeat korkeita korkeiden korkeampi korkeamman",
  }).flatMap(([key, forms]) => forms.split(" ").map((form) => [form, key])),
);

const VOWELS: ReadonlySet<string> = new Set("aeiouy");

// Tells whether a letter of a folded word is a vowel (undefined past the start of the word).
const isVowel = (letter: string | undefined) => letter !== undefined && VOWELS.has(letter);

// Tells whether a folded word has a letter (not only digits), the fast way for a-z.
function hasLetter(folded: string): boolean {
  for (let i = 0; i < folded.length; i++) {
    const code = folded.charCodeAt(i);
    if (code >= 97 && code <= 122) return true;
  }
  return /\p{L}/u.test(folded);
}

// Gives the base word of an irregular form, also at the end of a compound (the last 4–8
// letters, at least 3 before them), or the word itself.
function baseWord(folded: string): string {
  const whole = IRREGULAR.get(folded);
  if (whole) return whole;
  // Every form of laki and tuki starts "la" or "tu": most words need no lookups at all.
  const tail = folded.slice(-8);
  if (!tail.includes("la") && !tail.includes("tu")) return folded;
  for (let length = 4; length <= 8 && length <= folded.length - 3; length++) {
    const base = IRREGULAR.get(folded.slice(-length));
    if (base && COMPOUND_ENDS.includes(base)) return folded.slice(0, -length) + base;
  }
  return folded;
}

// Stem ends of two consonants that lose their last one in the weak grade.
const SHRINKING: ReadonlySet<string> = new Set("kk pp tt nt nn mp mm lt ll rt rr nk ng".split(" "));

// Gives a stem with its end mapped to one form so that strong and weak grades meet
// (kauppa/kaupan, raati/raadin, tutkinta/tutkinnan, lupa/luvan, hanke/hankkeen): kk pp tt →
// k p t, nt nn → n, mp mm → m, lt ll → l, rt rr → r, nk ng → n, d → t, and v after a vowel
// → p. A cluster shrinks only in keys that keep four letters: "vert" (vertailla) must not
// become "ver" (vero). Letter swaps (raad → raat, luv → lup) always apply.
function evenGradation(stem: string): string {
  const last = stem.at(-1);
  if (last === "d") return `${stem.slice(0, -1)}t`;
  if (last === "v") return isVowel(stem.at(-2)) ? `${stem.slice(0, -1)}p` : stem;
  return stem.length >= 5 && SHRINKING.has(stem.slice(-2)) ? stem.slice(0, -1) : stem;
}

// Gives the matching key of a folded word (see foldWord): the Snowball Finnish stem with the
// inflection classes it leaves apart joined (verotus/verotuksen, oikeus/oikeuden,
// kansallinen/kansallisen, uhri/uhreja) and consonant gradation evened out. Two words with
// the same key are taken as forms of one word. Runs once for each distinct word of the
// archive (half a million in the benchmark), so it compares letters, not regular expressions.
export function termKey(folded: string): string {
  if (!hasLetter(folded)) return folded;
  const fixed = FIXED_KEYS.get(folded);
  if (fixed) return fixed;
  let word = baseWord(folded);
  // -nen words inflect from -se- (ihminen/ihmisen): take the genitive, which the stemmer
  // brings to the same stem as the other forms.
  if (word.length >= 6 && word.endsWith("nen")) word = `${word.slice(0, -3)}sen`;
  // Snowball takes -pa/-pä for the clitic (onpa), which cuts lupa off "rakennuslupa"; the
  // genitive keeps the noun whole.
  if (word.length >= 6 && word.endsWith("pa")) word = `${word}n`;
  let stem = stemmer(word);
  // Plural partitive leftovers (uhreja → uhrej, raateja → raatej).
  if (stem.length >= 5 && stem.endsWith("j") && isVowel(stem.at(-2))) stem = stem.slice(0, -2);
  // Loan words in -ia: the stemmer takes "ia" off "valencia" but leaves it on "valenciassa".
  if (stem.length >= 5 && (stem.endsWith("ia") || stem.endsWith("ie"))) stem = stem.slice(0, -2);
  // One final vowel after a consonant (kaupa/kaupo → kaup, raati → raat), keeping long
  // vowels and diphthongs (yhteistyö) and at least three letters.
  if (stem.length >= 4 && isVowel(stem.at(-1)) && !isVowel(stem.at(-2))) stem = stem.slice(0, -1);
  // -us/-ys nouns: verotuksen → verotuks, oikeuden → oikeud; both back to the nominative.
  // The same nouns before -een/-ta (oikeuteen, vapautta); short stems keep their t (kautta).
  const end = stem.slice(-2);
  if (end === "ks") stem = `${stem.slice(0, -2)}s`;
  else if (end === "ud" || end === "yd" || (stem.length >= 6 && (end === "ut" || end === "yt")))
    stem = `${stem.slice(0, -1)}s`;
  return evenGradation(stem);
}
