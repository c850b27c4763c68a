// npm run bench:lighthouse -- [--articles 1000] [--port 4310] [--runs 5]
// Builds the site on N synthetic articles, a bare one-component Next page and the same page with
// the site's stylesheet, serves them with `next start`, and prints Lighthouse (mobile) scores for
// home, archive, an article and the two bare pages, plus the audits that keep each below 100.
// One Lighthouse run on a 2-core machine varies by up to ten points, so each page is run --runs
// times, the pages taking turns, and the median run (by performance score) is reported with the
// range. Needs Chromium (CHROME_PATH, default /usr/bin/chromium); uses ports --port to
// --port + 2 on 127.0.0.1.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { BARE_FILES, styledBareFiles } from "./baseline-app";
import { generateCorpus } from "../../tests/fixtures/corpus";
import { BENCH_DIR, NEXT_BIN, prepareApp, prepareSiteCopy, ROOT } from "./workspace";
import { createProgress } from "../../lib/progress";

const CHROME_FLAGS =
  "--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run";

function build(dir: string, env: NodeJS.ProcessEnv): void {
  const run = spawnSync(process.execPath, [NEXT_BIN, "build"], { cwd: dir, env, encoding: "utf8" });
  if (run.status !== 0)
    throw new Error(`build in ${dir} failed:\n${(run.stdout + run.stderr).slice(-3000)}`);
}

// Gives the site build's stylesheet (Tailwind emits one file for the whole site).
function siteCss(dir: string): string {
  const chunks = path.join(dir, ".next/static/chunks");
  const files = readdirSync(chunks).filter((name) => name.endsWith(".css"));
  if (files.length !== 1)
    throw new Error(`expected one stylesheet in ${chunks}, found ${files.length}`);
  return readFileSync(path.join(chunks, files[0]!), "utf8");
}

function stop(server: ChildProcess) {
  try {
    if (server.pid) process.kill(-server.pid, "SIGTERM");
  } catch {
    // already gone
  }
}

async function serve(dir: string, port: number, env: NodeJS.ProcessEnv): Promise<ChildProcess> {
  const child = spawn(
    process.execPath,
    [NEXT_BIN, "start", "-H", "127.0.0.1", "-p", String(port)],
    // Its own process group: `next start` runs the server in a child of its own, and both must go.
    { cwd: dir, env, stdio: "ignore", detached: true },
  );
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/`)).status < 500) return child;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  stop(child);
  throw new Error(`next start on port ${port} did not answer`);
}

type Report = {
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<
    string,
    { title: string; score: number | null; displayValue?: string; scoreDisplayMode: string }
  >;
};

function lighthouse(url: string): Report {
  const run = spawnSync(
    process.execPath,
    [
      path.join(ROOT, "node_modules/lighthouse/cli/index.js"),
      url,
      "--quiet",
      "--output=json",
      "--output-path=stdout",
      "--only-categories=performance,accessibility,best-practices,seo",
      `--chrome-flags=${CHROME_FLAGS}`,
    ],
    {
      env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? "/usr/bin/chromium" },
      encoding: "utf8",
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  if (run.status !== 0) throw new Error(`lighthouse ${url} failed:\n${run.stderr.slice(-2000)}`);
  return JSON.parse(run.stdout) as Report;
}

// Gives the audits of a category that did not score full marks (weighted ones first).
function shortfalls(report: Report, category: string): string[] {
  return (report.categories[category]?.auditRefs ?? [])
    .map((ref) => ({ ref, audit: report.audits[ref.id]! }))
    .filter(
      ({ audit }) =>
        audit.scoreDisplayMode !== "notApplicable" &&
        audit.scoreDisplayMode !== "informative" &&
        audit.scoreDisplayMode !== "manual" &&
        audit.score !== null &&
        audit.score < 1,
    )
    .sort((a, b) => b.ref.weight - a.ref.weight)
    .map(({ audit }) => `${audit.title}${audit.displayValue ? ` (${audit.displayValue})` : ""}`);
}

async function main() {
  const { values } = parseArgs({
    options: {
      articles: { type: "string", default: "1000" },
      port: { type: "string", default: "4310" },
      runs: { type: "string", default: "5" },
    },
  });
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1) throw new Error("--runs takes a positive whole number");
  const count = Number(values.articles);
  const port = Number(values.port);
  const contentDir = path.join(BENCH_DIR, `lighthouse-corpus-${count}`);
  const [first] = generateCorpus({ dir: contentDir, count });
  const [year, file] = first!.split("/").slice(-2);
  const site = prepareSiteCopy("lighthouse-site");
  const bare = prepareApp("bare", BARE_FILES);
  const siteUrl = `http://127.0.0.1:${port}`;
  const env = {
    ...process.env,
    NEXT_TELEMETRY_DISABLED: "1",
    NODE_ENV: "production" as const,
    CONTENT_DIR: contentDir,
    SITE_URL: siteUrl,
  };
  console.log(`Building the site with ${count} articles and the bare pages…`);
  build(site, env);
  build(bare, env);
  const styled = prepareApp("bare-styled", styledBareFiles(siteCss(site)));
  build(styled, env);
  const servers = [
    await serve(site, port, env),
    await serve(bare, port + 1, env),
    await serve(styled, port + 2, env),
  ];
  try {
    const pages = {
      home: `${siteUrl}/`,
      "archive page 1": `${siteUrl}/uutiset`,
      article: `${siteUrl}/uutiset/${year}/${file!.replace(/\.md$/, "")}`,
      "bare Next page": `http://127.0.0.1:${port + 1}/`,
      "bare + site CSS": `http://127.0.0.1:${port + 2}/`,
    };
    // The pages take turns, so a slow minute on the machine hits all of them alike.
    const reports: Record<string, Report[]> = {};
    const total = runs * Object.keys(pages).length;
    const progress = createProgress({ label: "bench:lighthouse", unit: "runs", total });
    for (let run = 0; run < runs; run++)
      for (const [name, url] of Object.entries(pages)) {
        (reports[name] ??= []).push(lighthouse(url));
        progress.add();
      }
    progress.finish();
    console.log(
      `\nLighthouse 12.2.3, mobile, ${count} articles built, median of ${runs} runs (range)\npage            | perf (range)  | a11y | best pr. | SEO | FCP    | LCP    | TBT     | CLS`,
    );
    const notes: string[] = [];
    for (const [name, list] of Object.entries(reports)) {
      const perf = (r: Report) => Math.round((r.categories.performance?.score ?? 0) * 100);
      const sorted = [...list].sort((a, b) => perf(a) - perf(b));
      const report = sorted[Math.floor(sorted.length / 2)]!;
      const range = `${perf(sorted[0]!)}–${perf(sorted.at(-1)!)}`;
      const score = (c: string) =>
        String(Math.round((report.categories[c]?.score ?? 0) * 100)).padStart(4);
      const value = (id: string, width: number) =>
        (report.audits[id]?.displayValue ?? "–").padEnd(width);
      console.log(
        `${name.padEnd(15)} | ${score("performance")} (${range.padEnd(7)}) | ${score("accessibility")} | ${score("best-practices").padStart(8)} | ${score("seo").padStart(3)} | ${value("first-contentful-paint", 6)} | ${value("largest-contentful-paint", 6)} | ${value("total-blocking-time", 7)} | ${value("cumulative-layout-shift", 4)}`,
      );
      for (const category of ["performance", "accessibility", "best-practices", "seo"]) {
        const missing = shortfalls(report, category);
        if (missing.length) notes.push(`${name}, ${category}: ${missing.slice(0, 5).join("; ")}`);
      }
    }
    console.log(
      `\nBelow 100 because of:\n${notes.map((n) => `  - ${n}`).join("\n") || "  (nothing)"}`,
    );
  } finally {
    servers.forEach(stop);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
