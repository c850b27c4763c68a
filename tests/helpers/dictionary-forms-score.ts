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
  // Articles a query found only by words that are not forms of it (nor compounds ending or
  // starting with it), and the first few of them and of the misses, for reading.
  falseHits: number;
  falseExamples: string[];
  misses: string[];
};

const tally = (): Tally => ({ asked: 0, found: 0 });
const EXAMPLES = Number(process.env.EVAL_EXAMPLES ?? 40);

// Gives the share of a tally that was found, as a percentage.
export const percent = (t: Tally) => (t.asked ? (100 * t.found) / t.asked : 100);

// Runs every query of the evaluation against the index and counts what it found.
export function scoreEvaluation(index: SearchIndex, evaluation: Evaluation): Score {
  const score: Score = {
    base: tally(),
    inflected: tally(),
    byGroup: { noun: tally(), adjective: tally(), name: tally() },
    queries: 0,
    falseHits: 0,
    falseExamples: [],
    misses: [],
  };
  const slug = (doc: number) => index.docs[doc]!.article.slug;
  const ask = (lemma: Lemma, query: string, tallies: Tally[]) => {
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
      if (!hit && score.misses.length < EXAMPLES)
        score.misses.push(`${query} (${lemma.base}) → ${slug(doc)}`);
    }
    const bases = new Set(
      [lemma.base, ...(evaluation.readings.get(query) ?? []).map((r) => r.BASEFORM ?? "")].map(
        foldWord,
      ),
    );
    for (let doc = 0; doc < found.length; doc++) {
      if (found[doc] !== words.length || lemma.docs.has(doc)) continue;
      const by = evaluation.words[doc]!.filter((w) => matched.has(index.forms.get(w)));
      const readings = (w: string) => evaluation.readings.get(w) ?? [];
      if (by.some((w) => [...bases].some((base) => isRelated(w, readings(w), base)))) continue;
      score.falseHits++;
      if (score.falseExamples.length < EXAMPLES)
        score.falseExamples.push(`${query} → ${slug(doc)} by ${by.join(", ")}`);
    }
  };
  for (const lemma of evaluation.lemmas.values()) {
    const group = score.byGroup[lemma.group];
    ask(lemma, lemma.base, [score.base, group]);
    for (const form of lemma.forms) ask(lemma, form, [score.inflected, group]);
  }
  return score;
}
