// The query figures of bench:search: 1000 mixed queries against the synthetic index, and the
// test cases of tests/fixtures/search-cases.ts.
import { performance } from "node:perf_hooks";
import { searchArticles } from "../../lib/search/search";
import type { SearchIndex } from "../../lib/search/search-index";
import { FINDS, FINDS_NOTHING } from "../../tests/fixtures/search-cases";
import { searchFixtureIndex } from "../../tests/helpers/search-fixtures";
import { makeWord, skewed, type Random } from "./search-corpus";

type Row = [string, string, string];
const QUERIES = 1000;

// Gives the rows of 1000 mixed queries' times.
export function queryRows(
  index: SearchIndex,
  vocabulary: { stems: string[]; compounds: string[] },
  random: Random,
): Row[] {
  const { stems } = vocabulary;
  const fold = (s: string) => s.normalize("NFD").replace(/[\u0300-\u036f]/g, "");
  const word = () => makeWord(random, vocabulary);
  const QUERY_KINDS: (() => string)[] = [
    word,
    word,
    word,
    () => stems[skewed(random, stems.length)]!, // a bare stem: also the part of compounds
    () => `${word()} ${word()}`,
    () => `${word()} ${word()}`,
    () => `${word()} ${word()} ${word()}`,
    () => fold(word()),
    () => `${word()}x${word()}`, // misspelt: no hits, so suggestions are looked for
    () => Array.from({ length: 30 }, word).join(" ").slice(0, 200),
  ];
  const queries = Array.from({ length: QUERIES }, (_, i) => QUERY_KINDS[i % QUERY_KINDS.length]!());
  for (const q of queries.slice(0, 50)) searchArticles(index, { q }); // warm-up
  const times: number[] = [];
  let hits = 0;
  for (const q of queries) {
    const t = performance.now();
    hits += searchArticles(index, { q }).total > 0 ? 1 : 0;
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  const percentile = (p: number) =>
    times[Math.min(times.length - 1, Math.floor((p / 100) * times.length))]!;
  return [
    ["queries (with results)", `${QUERIES} (${hits})`, ""],
    ["query p50", `${percentile(50).toFixed(2)} ms`, ""],
    ["query p99", `${percentile(99).toFixed(2)} ms`, "< 20 ms"],
    ["query max", `${times.at(-1)!.toFixed(2)} ms`, ""],
  ];
}

// Gives the rows of the test cases: recall and false hits over tests/fixtures/search.
export function fixtureCaseRows(): Row[] {
  const fixtures = searchFixtureIndex();
  const found = (q: string) =>
    searchArticles(fixtures, { q }, 100).hits.map((h) => h.path.split("/").pop()!);
  let expected = 0;
  let recalled = 0;
  let falseHits = 0;
  for (const [q, slugs] of FINDS) {
    const got = found(q);
    expected += slugs.length;
    recalled += slugs.filter((s) => got.includes(s)).length;
    falseHits += got.filter((s) => !slugs.includes(s)).length;
  }
  for (const [q] of FINDS_NOTHING) falseHits += found(q).length;
  return [
    [
      "recall on test cases",
      `${((100 * recalled) / expected).toFixed(1)} % (${recalled}/${expected}, ${FINDS.length} queries)`,
      "100 %",
    ],
    [
      "false hits on test cases",
      `${falseHits} (${FINDS_NOTHING.length} find-nothing queries)`,
      "0",
    ],
  ];
}
