// The Voikko figures of bench:search: each noun, adjective and name of the articles asked in
// its dictionary form and its other case forms (tests/helpers/dictionary-forms.ts), with the
// recall and false hits per word group. Empty when Debian's Voikko is missing (it says so).
import { performance } from "node:perf_hooks";
import type { SearchIndex } from "../../lib/search/search-index";
import { buildEvaluation } from "../../tests/helpers/dictionary-forms";
import { percent, scoreEvaluation, type Tally } from "../../tests/helpers/dictionary-forms-score";
import { voikkoAvailable } from "../../tests/helpers/voikko";

type Row = [string, string, string];

const share = (t: Tally) => `${percent(t).toFixed(1)} % (${t.found}/${t.asked})`;

// Gives the table rows of the evaluation of `index` (every `maxLemmas`-th base form at most).
export function dictionaryFormRows(label: string, index: SearchIndex, maxLemmas?: number): Row[] {
  if (!voikkoAvailable) return [[`recall, ${label}`, "(no Voikko)", ">= 98 %"]];
  const started = performance.now();
  const evaluation = buildEvaluation(index, { maxLemmas });
  const score = scoreEvaluation(index, evaluation);
  const { noun, adjective, name } = score.byGroup;
  const seconds = ((performance.now() - started) / 1000).toFixed(0);
  return [
    [
      `${label}: words asked`,
      `${evaluation.lemmas.size} base forms, ${score.queries} queries, ${seconds} s`,
      "",
    ],
    [`  recall, dictionary form`, share(score.base), ">= 98 %"],
    [`  recall, other case forms`, share(score.inflected), ">= 98 %"],
    [
      `  recall, nouns/adjectives/names`,
      [noun, adjective, name].map((t) => `${percent(t).toFixed(1)} %`).join(" / "),
      "",
    ],
    [
      `  false hits, dictionary/other forms`,
      `${score.falseHits.base} / ${score.falseHits.inflected}`,
      "0",
    ],
  ];
}
