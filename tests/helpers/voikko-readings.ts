import { foldWord } from "@/lib/search/text";
import type { Reading } from "./voikko";

export type WordGroup = "noun" | "adjective" | "name";

const GROUPS: ReadonlyMap<string, WordGroup> = new Map([
  ["nimisana", "noun"],
  ["nimisana_laatusana", "noun"],
  ["laatusana", "adjective"],
  ["etunimi", "name"],
  ["sukunimi", "name"],
  ["paikannimi", "name"],
  ["nimi", "name"],
]);

// Gives the word group of a reading the evaluation asks about: nouns, adjectives and proper
// names. Participles are verb forms (a reader searches "pitää", not "pidetty"), and a first-
// or second-person possessive ("kuusi" read as "your moon") is no reading of news text.
export function groupOf(reading: Reading): WordGroup | undefined {
  if (reading.PARTICIPLE) return undefined;
  if (reading.POSSESSIVE && reading.POSSESSIVE !== "3") return undefined;
  return GROUPS.get(reading.CLASS ?? "");
}

// Gives the parts of a compound as written in `surface` (STRUCTURE marks each part's start
// with "="), the last one in its base form: ["rikoksen", "torjunta", "kilpailu"].
export function compoundParts(surface: string, reading: Reading): string[] {
  const base = foldWord(reading.BASEFORM ?? surface);
  const structure = reading.STRUCTURE ?? "";
  const parts: string[] = [];
  let part = "";
  let at = 0;
  for (const mark of structure.slice(1)) {
    if (mark === "=") {
      parts.push(part);
      part = "";
    } else part += surface[at++] ?? "";
  }
  const leading = parts.map(foldWord);
  const written = leading.join("");
  if (!leading.length || !base.startsWith(written)) return [base];
  return [...leading, base.slice(written.length)];
}

// Gives the base forms of the words a word is derived from ("+asiakku(asiakas)+us(+us)").
function derivedFrom(reading: Reading): string[] {
  return [...(reading.WORDBASES ?? "").matchAll(/\(([^+)][^)]*)\)/g)].map((m) =>
    foldWord(m[1]!.replace(/=/g, "")),
  );
}

// Tells whether a query for the folded base form `base` has a reason to find a word with
// these readings: one of them is that word, a compound that starts or ends with it
// ("tukipalvelu" in "erityistukipalveluun"), or a word derived from it. A word Voikko does
// not know (a foreign name, a number) is never counted against the search.
export function isRelated(surface: string, readings: Reading[], base: string): boolean {
  if (readings.length === 0) return true;
  return readings.some((reading) => {
    const parts = compoundParts(surface, reading);
    for (let i = 0; i < parts.length; i++) {
      if (parts.slice(0, i + 1).join("") === base) return true;
      if (parts.slice(i).join("") === base) return true;
    }
    return derivedFrom(reading).includes(base);
  });
}
