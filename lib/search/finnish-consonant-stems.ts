// The stems of nouns and adjectives that end in a consonant (see finnish-forms.ts).
import { strongGrades } from "./finnish-gradation";
import { isVowel, type Add, type Plural } from "./finnish-stem-kinds";

// Words ending in a consonant: -nen, -s, -in, -ton, -t, -r/-l/-n, and loan words (Trump/Trumpin).
export function consonantStems(word: string, add: Add, plural: Plural, loan: boolean): void {
  const end = word.slice(-2);
  const head = word.slice(0, -2);
  // (six letters or more: nainen, ihminen; "vasen" is no form of a "vanen")
  if (word.length >= 6 && word.endsWith("nen")) {
    const base = word.slice(0, -3);
    add(`${base}se`, "all");
    add(`${base}s`, "consonant");
    plural(`${base}si`);
    return;
  }
  // A consonant stem (asiakas-ta, avain-ta), except after -n in general: "seuran" is the
  // genitive of seura far more often than a word of its own ("seuranta" is not one of its forms).
  if (end[1] !== "n" || end === "en") add(word, "consonant");
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
    // asiakas/asiakkaan, kaunis/kauniin, kirves/kirveen; not a word in -os, -us or -ys
    // ("teos" is teoksen, not "tekoon").
    if ("aei".includes(end[0]!)) {
      for (const strong of [head, ...strongGrades(head)]) {
        add(strong + end[0] + end[0], "all");
        plural(`${strong + end[0]}i`);
      }
    }
  } else if (end === "in" || end === "en") {
    // avain/avaimen, korkein/korkeimman, vasen/vasemman/vasenta
    const stem = word.slice(0, -1);
    add(word, "consonant");
    add(`${stem}me`, "all"); // avain/avaimen
    plural(`${stem}mi`);
    add(`${stem}mma`, "weak"); // korkein/korkeimman
    add(`${stem}mpa`, "strong");
    plural(`${stem}mmi`, "pluralWeak");
    plural(`${stem}mpi`);
    if (end === "en") {
      add(`${word}e`, "all"); // ahven/ahvenen, kymmen/kymmenen
      plural(`${word}i`);
    }
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
    if (end === "an") {
      // sydän/sydämen (not a word in -on: "juomia" is no form of "juon")
      add(`${word.slice(0, -1)}me`, "all");
      plural(`${word.slice(0, -1)}mi`);
    }
  }
}
