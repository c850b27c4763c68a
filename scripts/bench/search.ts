// npm run bench:search  (the search page's JavaScript is read from the last `npm run build`)
// Indexes 10 000 synthetic articles, runs 1000 mixed queries (one word, inflected forms,
// compound parts, two and three words, umlaut-free, misspelt, 200-character), checks the test
// cases of tests/fixtures/search-cases.ts, moves the clock across midnight, and measures the
// search against Debian's Voikko over 10 000 articles of real Finnish words, content/ and the
// test articles; prints one table against the targets.
import { availableParallelism, loadavg } from "node:os";
import { performance } from "node:perf_hooks";
import { buildSearchIndex } from "../../lib/search/search-index";
import { searchFixtureArticles, seedArticles } from "../../tests/helpers/search-fixtures";
import { makeFinnishArticles } from "./finnish-corpus";
import { makeArticles, makeCompounds, makeStems, seeded } from "./search-corpus";
import { measureMidnight } from "./search-midnight";
import { fixtureCaseRows, queryRows } from "./search-queries";
import { searchPageJs } from "./search-page-js";
import { createProgress } from "../../lib/progress";
import { dictionaryFormRows } from "./search-voikko";

const ARTICLES = 10_000;
// Base forms of the Finnish corpus asked, with all their case forms (Voikko checks each).
const FINNISH_LEMMAS = 400;
const random = seeded(12);
// About the vocabulary of a real archive of this size: tens of thousands of words and compounds.
const stems = makeStems(random, 25_000);
const vocabulary = { stems, compounds: makeCompounds(random, stems, 40_000) };
const articles = makeArticles(random, vocabulary, ARTICLES);

const gc = (globalThis as { gc?: () => void }).gc;
gc?.();
const heapBefore = process.memoryUsage().heapUsed;
// The run's steps (stderr; the table on stdout stays as it was): index, queries, midnight,
// the three dictionary-form corpora.
const steps = createProgress({ label: "bench:search", unit: "steps", total: 6 });
const started = performance.now();
const cpuBefore = process.cpuUsage();
const index = buildSearchIndex(articles);
steps.add();
const buildMs = performance.now() - started;
const cpu = process.cpuUsage(cpuBefore);
const buildCpuMs = (cpu.user + cpu.system) / 1000;
gc?.();
const indexMb = (process.memoryUsage().heapUsed - heapBefore) / 2 ** 20;

const rows: [string, string, string][] = [
  ["articles indexed", String(ARTICLES), ""],
  ["distinct words (spellings)", String(index.terms.length), ""],
  ["index build (wall clock)", `${(buildMs / 1000).toFixed(2)} s`, "<= 6.5 s"],
  ["index build (CPU time)", `${(buildCpuMs / 1000).toFixed(2)} s`, ""],
  ["index size (heap)", gc ? `${indexMb.toFixed(1)} MB` : "run with --expose-gc", "<= 120 MB"],
  ...queryRows(index, vocabulary, random),
  ...fixtureCaseRows(),
];
steps.add();

const midnight = await measureMidnight(articles);
steps.add();
rows.push(
  [
    "first search after the day changes",
    `${midnight.firstSearchMs.toFixed(1)} ms (old index)`,
    "< 50 ms",
  ],
  ["longest pause while the new day builds", `${midnight.longestStallMs.toFixed(0)} ms`, ""],
  [
    "new day's article searchable after",
    `${(midnight.newDayAfterMs / 1000).toFixed(1)} s (${midnight.newArticleFound ? "found" : "NOT FOUND"})`,
    "< 60 s",
  ],
);

const finnish = buildSearchIndex(makeFinnishArticles(seeded(20), ARTICLES));
rows.push(...dictionaryFormRows(`Finnish corpus (${ARTICLES} articles)`, finnish, FINNISH_LEMMAS));
steps.add();
rows.push(...dictionaryFormRows("content/", buildSearchIndex(seedArticles())));
steps.add();
rows.push(
  ...dictionaryFormRows(
    "content/ + test articles",
    buildSearchIndex([...seedArticles(), ...searchFixtureArticles()]),
  ),
);
steps.finish();

const js = searchPageJs();
rows.push(
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
);
const load = loadavg()
  .map((l) => l.toFixed(1))
  .join(" ");
console.log(
  `${new Date().toISOString()}, Node ${process.version}, ${availableParallelism()} cores, load average ${load}\n`,
);
console.log(`${"measure".padEnd(40)} | ${"value".padEnd(44)} | target`);
console.log(`${"-".repeat(40)}-|-${"-".repeat(44)}-|--------`);
for (const [name, value, target] of rows)
  console.log(`${name.padEnd(40)} | ${value.padEnd(44)} | ${target}`);
