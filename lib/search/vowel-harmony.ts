// Vowel harmony: a Finnish word's endings take a, o, u after a back vowel (talo-ssa) and ä,
// ö, y after a front one (kylä-ssä); e and i are neutral. In a compound the last part decides
// ("työsopimus-ta", "videopeli-ä"), so only the word's last vowels are read.

export type Harmony = "back" | "front";

// Gives the harmony of a spelled word (see spellWord: ä and ö kept) by its last a, o, u, ä, ö
// or y, or undefined when it has none (tie, helsinki) or when a syllable of e or i follows it,
// which may be a neutral last part ("videopeli") or an -i word of either harmony (lahti, kivi).
export function harmonyOf(spelled: string): Harmony | undefined {
  const last = /[aouäöy](?=[^aouäöy]*$)/.exec(spelled);
  if (!last) return undefined;
  if (/[^aeiouyäö][ei]/.test(spelled.slice(last.index + 1))) return undefined;
  return "aou".includes(last[0]) ? "back" : "front";
}

// Gives the harmony of `base` (folded), a dictionary form of the query word `spelled`: its
// letters as typed where they are the query's, the rest in the harmony of the query's last
// a, o, u, ä, ö or y ("vikojen" → vika, back: the ending's o tells it; "isännän" → isäntä),
// or none when the query has none ("pitkin" may be of pitka or pitkä).
export function harmonyOfBase(spelled: string, base: string): Harmony | undefined {
  let same = 0;
  while (same < base.length && same < spelled.length && foldLetter(spelled[same]!) === base[same])
    same++;
  let rest = base.slice(same);
  const told = harmonyOf(spelled.replace(/[ei]/g, ""));
  if (told === undefined && /[ao]/.test(rest)) return undefined;
  if (told === "front") rest = rest.replace(/a/g, "ä").replace(/o/g, "ö");
  return harmonyOf(spelled.slice(0, same) + rest);
}

const foldLetter = (letter: string) => (letter === "ä" ? "a" : letter === "ö" ? "o" : letter);

// Reads each dictionary form's harmony, or none (see matchingTerms).
export type HarmonyOf = (base: string) => Harmony | undefined;
