// The Voikko evaluation of search (issue 20): every noun, adjective and proper name of every
// article, asked in its dictionary form and in its other inflections, must find the article,
// and no query may find an article by a word that has nothing to do with it. Made afresh from
// the index's articles on each run; nothing Voikko says is kept.
import type { SearchIndex } from "@/lib/search/search-index";
import { foldWord, tokenize } from "@/lib/search/text";
import { acceptedForms, analyzeWords, type Reading } from "./voikko";
import { groupOf, type WordGroup } from "./voikko-readings";

// A word the evaluation asks for: its base form, its group, the forms met in the articles and
// the other inflections Voikko confirmed, and the articles that have it.
export type Lemma = {
  base: string;
  group: WordGroup;
  seen: Set<string>;
  forms: string[];
  docs: Set<number>;
};

export type Evaluation = {
  // Each article's distinct words (title, keywords, lead, body, update notes), by doc number.
  words: string[][];
  readings: Map<string, Reading[]>;
  lemmas: Map<string, Lemma>;
};

// Case endings (back-vowel spelling) put after a stem to propose inflections, which Voikko
// then accepts or not: singular cases, illatives, and plural forms with their stem vowels.
const ENDINGS = (
  " n a ta tta na ksi ssa sta lla lta lle an en in on un han hen hin hon hun seen een " +
  "t ien iden itten jen ten ia ita ja ina iksi issa ista illa ilta ille iin ihin isiin " +
  "oja oiden ojen oita oissa oista oihin oilla oille eja ejen eita eissa eihin eilla"
)
  .split(" ")
  .map((e) => e.trim());

// Gives the endings in the vowel harmony of `stem` (the last of a o u / ä ö y decides).
function harmonized(stem: string): string[] {
  const last = [...stem.toLowerCase()].reverse().find((c) => "aouäöy".includes(c));
  if (last === undefined || "aou".includes(last)) return ENDINGS;
  return ENDINGS.map((e) => e.replace(/a/g, "ä").replace(/o/g, "ö").replace(/u/g, "y"));
}

// Gives the stem a form's case ending was put on (asiakkaita → asiakka, FSTOUTPUT's letters
// after the case tag are the ending).
function stemOf(surface: string, reading: Reading): string {
  const fst = reading.FSTOUTPUT ?? "";
  const tag = fst.lastIndexOf("[S");
  if (tag < 0) return surface;
  const ending = fst.slice(tag).replace(/\[[^\]]*\]/g, "");
  return ending && surface.endsWith(ending) ? surface.slice(0, -ending.length) : surface;
}

export type EvaluationOptions = { maxLemmas?: number };

// Gives the evaluation of the index's articles: each word Voikko reads as a noun, adjective or
// name, by base form, with its inflections. maxLemmas keeps every n-th base form only (for the
// benchmark's 10 000 articles).
export function buildEvaluation(index: SearchIndex, options: EvaluationOptions = {}): Evaluation {
  const words = index.docs.map(({ article, text }) => {
    const all = `${article.title} ${(article.keywords ?? []).join(" ")} ${text}`;
    return [...new Set(tokenize(all).map((t) => t.word))];
  });
  const readings = analyzeWords(words.flat());
  const lemmas = new Map<string, Lemma>();
  const stems = new Map<string, Set<string>>();
  words.forEach((list, doc) => {
    for (const word of list) {
      for (const reading of readings.get(word) ?? []) {
        const group = groupOf(reading);
        if (!group || !reading.BASEFORM) continue;
        const key = foldWord(reading.BASEFORM);
        let lemma = lemmas.get(key);
        if (!lemma) {
          lemma = { base: reading.BASEFORM, group, seen: new Set(), forms: [], docs: new Set() };
          lemmas.set(key, lemma);
          stems.set(key, new Set([reading.BASEFORM]));
        }
        lemma.docs.add(doc);
        lemma.seen.add(word);
        stems.get(key)!.add(stemOf(word, reading));
      }
    }
  });
  if (options.maxLemmas && lemmas.size > options.maxLemmas) {
    const step = lemmas.size / options.maxLemmas;
    const kept = [...lemmas].filter((_, i) => Math.floor(i % step) === 0);
    lemmas.clear();
    for (const [key, lemma] of kept) lemmas.set(key, lemma);
  }
  const candidates: [string, string][] = [];
  for (const [key, lemma] of lemmas) {
    const prefixes = new Set<string>();
    for (const stem of stems.get(key)!) {
      for (let cut = 0; cut <= 2 && stem.length - cut >= 2; cut++)
        prefixes.add(stem.slice(0, stem.length - cut));
    }
    for (const prefix of prefixes)
      for (const ending of harmonized(prefix)) candidates.push([prefix + ending, lemma.base]);
  }
  // Base form → its inflections, each once however it was capitalized.
  const forms = new Map<string, Map<string, string>>();
  for (const [form, base] of acceptedForms(candidates)) {
    const key = foldWord(base);
    if (foldWord(form) === key) continue;
    if (!forms.has(key)) forms.set(key, new Map());
    if (!forms.get(key)!.has(foldWord(form))) forms.get(key)!.set(foldWord(form), form);
  }
  for (const [key, lemma] of lemmas) lemma.forms = [...(forms.get(key)?.values() ?? [])];
  // A query may be read more ways than the word it was made from ("alusta": alku, alus); an
  // article with a word of any of its readings is no false hit.
  const asked = [...lemmas.values()].flatMap((lemma) => [lemma.base, ...lemma.forms]);
  for (const [word, read] of analyzeWords(asked.filter((w) => !readings.has(w))))
    readings.set(word, read);
  return { words, readings, lemmas };
}
