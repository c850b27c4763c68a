// npm run bench:search  (the search page's JavaScript is read from the last `npm run build`)
// Indexes 10 000 synthetic articles, runs 1000 mixed queries (one word, inflected forms,
// compound parts, two and three words, umlaut-free, misspelt, 200-character), and checks the
// test cases of tests/fixtures/search-cases.ts; prints a table against the targets.
import { availableParallelism, loadavg } from "node:os";
import { performance } from "node:perf_hooks";
import { searchArticles } from "../../lib/search/search";
import { buildSearchIndex } from "../../lib/search/search-index";
import { FINDS, FINDS_NOTHING } from "../../tests/fixtures/search-cases";
import { searchFixtureIndex } from "../../tests/helpers/search-fixtures";
import { makeArticles, makeCompounds, makeStems, makeWord, seeded, skewed } from "./search-corpus";
import { searchPageJs } from "./search-page-js";
import { createProgress } from "../../lib/progress";

const ARTICLES = 10_000;
const QUERIES = 1000;
const random = seeded(12);
// About the vocabulary of a real archive of this size: tens of thousands of words and compounds.
const stems = makeStems(random, 25_000);
const vocabulary = { stems, compounds: makeCompounds(random, stems, 40_000) };
const articles = makeArticles(random, vocabulary, ARTICLES);

const gc = (globalThis as { gc?: () => void }).gc;
gc?.();
const heapBefore = process.memoryUsage().heapUsed;
const started = performance.now();
const cpuBefore = process.cpuUsage();
const index = buildSearchIndex(articles);
const buildMs = performance.now() - started;
const cpu = process.cpuUsage(cpuBefore);
const buildCpuMs = (cpu.user + cpu.system) / 1000;
gc?.();
const indexMb = (process.memoryUsage().heapUsed - heapBefore) / 2 ** 20;

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
const progress = createProgress({ label: "bench:search", unit: "queries", total: queries.length });
for (const q of queries) {
  const t = performance.now();
  hits += searchArticles(index, { q }).total > 0 ? 1 : 0;
  times.push(performance.now() - t);
  progress.add(); // outside the timed part
}
progress.finish();
times.sort((a, b) => a - b);
const percentile = (p: number) =>
  times[Math.min(times.length - 1, Math.floor((p / 100) * times.length))]!;

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

const js = searchPageJs();
const rows: [string, string, string][] = [
  ["articles indexed", String(ARTICLES), ""],
  ["distinct word keys", String(index.keys.length), ""],
  ["index build (wall clock)", `${(buildMs / 1000).toFixed(2)} s`, "< 10 s"],
  ["index build (CPU time)", `${(buildCpuMs / 1000).toFixed(2)} s`, ""],
  ["index size (heap)", gc ? `${indexMb.toFixed(1)} MB` : "run with --expose-gc", ""],
  ["queries (with results)", `${QUERIES} (${hits})`, ""],
  ["query p50", `${percentile(50).toFixed(2)} ms`, ""],
  ["query p99", `${percentile(99).toFixed(2)} ms`, "< 20 ms"],
  ["query max", `${times.at(-1)!.toFixed(2)} ms`, ""],
  [
    "recall on test cases",
    `${((100 * recalled) / expected).toFixed(1)} % (${recalled}/${expected}, ${FINDS.length} queries)`,
    "100 %",
  ],
  ["false hits", `${falseHits} (${FINDS_NOTHING.length} find-nothing queries + extra hits)`, "0"],
  ["search page JS, own code (gzip)", js ? `${js.ownKb.toFixed(2)} KB` : "(no build)", ""],
  [
    "search page JS, total (gzip)",
    js ? `${js.totalKb.toFixed(1)} KB in ${js.files} files` : "(no build)",
    "",
  ],
  [
    "article page JS, own search code",
    js ? (js.articleLoadsSearch ? "LOADED" : "none") : "(no build)",
    "none",
  ],
];
const load = loadavg()
  .map((l) => l.toFixed(1))
  .join(" ");
console.log(
  `${new Date().toISOString()}, Node ${process.version}, ${availableParallelism()} cores, load average ${load}\n`,
);
console.log(
  `measure                          | value                                     | target`,
);
console.log(
  `---------------------------------|-------------------------------------------|--------`,
);
for (const [name, value, target] of rows)
  console.log(`${name.padEnd(32)} | ${value.padEnd(41)} | ${target}`);
