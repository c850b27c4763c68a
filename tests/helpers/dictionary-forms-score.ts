import { matchWords, queryWords } from "@/lib/search/search";
import type { SearchIndex } from "@/lib/search/search-index";
import { foldWord } from "@/lib/search/text";
import type { Evaluation, Lemma } from "./dictionary-forms";
import { isRelated, type WordGroup } from "./voikko-readings";

export type Tally = { asked: number; found: number };

export type Score = {
  // (article, query) pairs: the base form asked, and each other inflection asked.
  base: Tally;
  inflected: Tally;
  byGroup: Record<WordGroup, Tally>;
  queries: number;
  // Articles a query found only by words that are none of its forms (nor compounds ending or
  // starting with one of them), counted for base-form queries and for the other inflections;
  // and the most frequent of them and of the misses (query, word, number of articles).
  falseHits: { base: number; inflected: number };
  falseExamples: string[];
  misses: string[];
};

// Counts each distinct case of a miss or false hit, to show the most frequent ones.
function counter() {
  const counts = new Map<string, number>();
  return {
    add: (key: string) => counts.set(key, (counts.get(key) ?? 0) + 1),
    top: () =>
      [...counts]
        .sort((a, b) => b[1] - a[1])
        .slice(0, EXAMPLES)
        .map(([key, n]) => `${key} (${n} articles)`),
  };
}

const tally = (): Tally => ({ asked: 0, found: 0 });
const EXAMPLES = 40;

// Gives the share of a tally that was found, as a percentage.
export const percent = (t: Tally) => (t.asked ? (100 * t.found) / t.asked : 100);

// Gives each article's distinct term ids, and the written words of each term.
function termsOf(index: SearchIndex, evaluation: Evaluation) {
  const words = new Map<number, string[]>();
  const docs = evaluation.words.map((list) =>
    Int32Array.from(list, (word) => {
      const term = index.forms.get(word);
      if (!words.has(term)) words.set(term, []);
      if (!words.get(term)!.includes(word)) words.get(term)!.push(word);
      return term;
    }),
  );
  return { docs, words };
}

// Runs every query of the evaluation against the index and counts what it found.
export function scoreEvaluation(index: SearchIndex, evaluation: Evaluation): Score {
  const score: Score = {
    base: tally(),
    inflected: tally(),
    byGroup: { noun: tally(), adjective: tally(), name: tally() },
    queries: 0,
    falseHits: { base: 0, inflected: 0 },
    falseExamples: [],
    misses: [],
  };
  const misses = counter();
  const falses = counter();
  const terms = termsOf(index, evaluation);
  const readings = (word: string) => evaluation.readings.get(word) ?? [];
  const ask = (lemma: Lemma, query: string, tallies: Tally[], inflected: boolean) => {
    const words = queryWords(query);
    if (!words.length) return;
    score.queries++;
    const { found, matched } = matchWords(index, words);
    for (const doc of lemma.docs) {
      const hit = found[doc] === words.length;
      for (const t of tallies) {
        t.asked++;
        if (hit) t.found++;
      }
      if (!hit) misses.add(`${query} (${lemma.base}, found by ${lemma.seen.size} written forms)`);
    }
    // Any reading of the query is a fair one ("alusta": alku, alus, alusta).
    const bases = [lemma.base, ...readings(query).map((r) => r.BASEFORM ?? "")].map(foldWord);
    const fair = new Map<number, boolean>();
    const isFair = (term: number) => {
      if (!fair.has(term))
        fair.set(
          term,
          (terms.words.get(term) ?? []).some((w) =>
            bases.some((b) => isRelated(w, readings(w), b)),
          ),
        );
      return fair.get(term)!;
    };
    for (let doc = 0; doc < found.length; doc++) {
      if (found[doc] !== words.length || lemma.docs.has(doc)) continue;
      const by = [...terms.docs[doc]!].filter((t) => matched.has(t));
      if (by.some(isFair)) continue;
      score.falseHits[inflected ? "inflected" : "base"]++;
      falses.add(
        `${query}${inflected ? "" : " (dictionary form)"} by ${by.flatMap((t) => terms.words.get(t) ?? []).join(", ")}`,
      );
    }
  };
  for (const lemma of evaluation.lemmas.values()) {
    const group = score.byGroup[lemma.group];
    ask(lemma, lemma.base, [score.base, group], false);
    for (const form of lemma.forms) ask(lemma, form, [score.inflected, group], true);
  }
  return { ...score, misses: misses.top(), falseExamples: falses.top() };
}
