// npm run bench:build -- --articles N[,M…] [--baseline] [--og-compare] [--warm] [--by-feature]
//   [--on-demand [--port P]]
// Builds the site (and with --baseline the blog-starter pattern) on N synthetic articles and
// prints wall time, peak memory, pages and page weights; see README "Benchmarks". --warm also
// rebuilds each one keeping .next/cache, as a CI run with its build cache restored does.
// --on-demand serves the largest build and measures the 200 oldest articles (not prerendered)
// and their share cards, first request and cached, and the publishing latency of an article
// dated tomorrow (see docs/publishing.md).
import { rmSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { BASELINE_FILES } from "./baseline-app";
import { writeFileSync } from "node:fs";
import { helsinkiToday } from "../../lib/content/dates";
import { nextDay } from "../../lib/content/publication";
import { generateCorpus } from "../../tests/fixtures/corpus";
import { measureOnDemand, measurePublishing } from "./on-demand";
import { measure } from "./measure";
import { buildPhases, contentTrace, htmlGzipKb, pageJsGzipKb, pagesGenerated } from "./report";
import { BENCH_DIR, NEXT_BIN, prepareApp, prepareSiteCopy } from "./workspace";
import { createProgress } from "../../lib/progress";

type Row = Record<string, string>;

// Builds done (stderr; the tables on stdout stay as they were). The total is set in main().
const builds = createProgress({ label: "bench:build", unit: "builds" });

const fmt = (value: number | null | undefined, digits = 1) =>
  value == null ? "–" : value.toFixed(digits);

// The per-article share-card route; --og-compare also builds without it to price it.
const ARTICLE_OG_ROUTE = "app/uutiset/[year]/[slug]/opengraph-image.tsx";
// The newsletter's page per issue day; --by-feature builds without it and without share cards
// too, to price what each feature adds per article.
const ISSUE_DAY_ROUTE = "app/uutiskirje/arkisto/[day]";

async function buildOnce(
  kind: "site" | "baseline",
  contentDir: string,
  firstArticle: string,
  ogImages = true,
  keepCache = false,
  issueDays = true,
): Promise<{ seconds: number; row: Row }> {
  const dir =
    kind === "site"
      ? prepareSiteCopy("site", keepCache)
      : prepareApp("baseline", BASELINE_FILES, keepCache);
  if (!ogImages) rmSync(path.join(dir, ARTICLE_OG_ROUTE));
  if (!issueDays) rmSync(path.join(dir, ISSUE_DAY_ROUTE), { recursive: true });
  const env = {
    ...process.env,
    CONTENT_DIR: contentDir,
    NEXT_TELEMETRY_DISABLED: "1",
    CONTENT_TRACE: "1",
    NODE_ENV: "production" as const,
  };
  // Ours is timed as `npm run build` runs it: the content check, then next build.
  const command =
    kind === "site"
      ? `node --import tsx scripts/check-content.ts && node ${NEXT_BIN} build`
      : `node ${NEXT_BIN} build`;
  const run = await measure("sh", ["-c", command], { cwd: dir, env });
  builds.add();
  if (!run.ok) {
    console.error(run.output.slice(-4000));
    throw new Error(`${kind} build failed`);
  }
  const [year, slug] = firstArticle.split("/").slice(-2);
  const articleRoute =
    kind === "site"
      ? `/uutiset/${year}/${slug!.replace(/\.md$/, "")}`
      : `/posts/${year}/${slug!.replace(/\.md$/, "")}`;
  const trace = contentTrace(run.output);
  const js = pageJsGzipKb(dir, articleRoute);
  const phases = buildPhases(run.output);
  const row: Row = {
    "wall time (s)": fmt(run.seconds),
    "  of which compile (s)": fmt(phases.compile),
    "  of which static generation (s)": fmt(phases.generate),
    "peak memory, process tree (MB)": fmt(run.peakMb, 0),
    "pages generated": String(pagesGenerated(run.output) ?? "–"),
    "article HTML gzip (KB)": fmt(htmlGzipKb(dir, articleRoute)),
    "article JS gzip (KB, files)": js ? `${fmt(js.kb)} (${js.files})` : "–",
    "home HTML gzip (KB)": fmt(htmlGzipKb(dir, "/")),
    "archive page 1 HTML gzip (KB)": kind === "site" ? fmt(htmlGzipKb(dir, "/uutiset")) : "(home)",
    "Markdown reads / snapshot loads / renders":
      kind === "site"
        ? `${trace.reads} / ${trace.snapshotLoads} / ${trace.renders} (${trace.uniqueRenders} distinct)`
        : "per call",
  };
  return { seconds: run.seconds, row };
}

// The corpus writes dir/uutiset/YYYY/slug.md with the slug as file name.
function articlePath(file: string): string {
  const [year, name] = file.split(path.sep).slice(-2);
  return `/uutiset/${year}/${name!.replace(/\.md$/, "")}`;
}

// An article dated `day` (tomorrow): absent from the build, live from 00:00 Helsinki.
function tomorrowArticle(day: string): string {
  return `---
title: "Huomenna julkaistava uutinen"
date: ${day}
lead: "Kirjoitettu edellisenä päivänä, julkaistaan keskiyöllä."
topics: [talous]
author: Synteettinen toimitus
slug: huomenna-julkaistava
source:
  name: Esimerkkitiedote
  url: https://example.fi/tiedote/huomenna
  date: ${day}
---

Teksti.
`;
}

function printTable(title: string, columns: Record<string, Row>): void {
  const names = Object.keys(columns);
  const keys = [...new Set(Object.values(columns).flatMap((row) => Object.keys(row)))];
  const width = Math.max(...keys.map((k) => k.length));
  const colWidth = Math.max(
    ...names.map((n) => n.length),
    ...names.flatMap((n) => keys.map((k) => (columns[n]![k] ?? "–").length)),
  );
  console.log(
    `\n${title}\n${"metric".padEnd(width)} | ${names.map((n) => n.padStart(colWidth)).join(" | ")}`,
  );
  console.log(`${"-".repeat(width)}-|-${names.map(() => "-".repeat(colWidth)).join("-|-")}`);
  for (const key of keys)
    console.log(
      `${key.padEnd(width)} | ${names.map((n) => (columns[n]![key] ?? "–").padStart(colWidth)).join(" | ")}`,
    );
}

async function main() {
  const { values } = parseArgs({
    options: {
      articles: { type: "string", default: "1000" },
      baseline: { type: "boolean", default: false },
      "og-compare": { type: "boolean", default: false },
      warm: { type: "boolean", default: false },
      "by-feature": { type: "boolean", default: false },
      "on-demand": { type: "boolean", default: false },
      port: { type: "string", default: "3418" },
    },
  });
  const sizes = values.articles.split(",").map(Number);
  if (sizes.some((n) => !Number.isInteger(n) || n < 1))
    throw new Error("--articles takes positive whole numbers, e.g. 1000 or 1,1000,5000");
  if (sizes.length === 1 && sizes[0]! > 1) sizes.unshift(1); // marginal cost needs a reference size
  const kinds = values.baseline ? (["site", "baseline"] as const) : (["site"] as const);
  const times: Record<string, number[]> = {
    site: [],
    baseline: [],
    noOg: [],
    "site-warm": [],
    "no issue days or cards": [],
    "baseline-warm": [],
  };
  console.log(
    `bench:build on ${process.platform}, ${(await import("node:os")).cpus().length} CPUs, Node ${process.version}; sizes ${sizes.join(", ")}`,
  );
  const perSize =
    kinds.length * (values.warm ? 2 : 1) +
    (values["og-compare"] || values["by-feature"] ? 1 : 0) +
    (values["by-feature"] ? 1 : 0);
  builds.update(0, sizes.length * perSize);
  for (const size of sizes) {
    const contentDir = path.join(BENCH_DIR, `corpus-${size}`);
    const files = generateCorpus({ dir: contentDir, count: size });
    const first = files[0];
    const measureServed = values["on-demand"] && size === Math.max(...sizes);
    const tomorrow = nextDay(helsinkiToday());
    if (measureServed)
      writeFileSync(path.join(contentDir, "uutiset", "huomenna.md"), tomorrowArticle(tomorrow));
    const columns: Record<string, Row> = {};
    for (const kind of kinds) {
      const name = kind === "site" ? "this site" : "blog-starter pattern";
      const { seconds, row } = await buildOnce(kind, contentDir, first!);
      times[kind]!.push(seconds);
      columns[name] = row;
      if (kind === "site" && measureServed) {
        const siteDir = path.join(BENCH_DIR, "site");
        // The corpus's oldest articles: far beyond the prerendered newest ones.
        const oldest = files.slice(0, 200).map((file) => articlePath(file));
        Object.assign(row, await measureOnDemand(siteDir, contentDir, oldest, Number(values.port)));
        const future = `/uutiset/${tomorrow.slice(0, 4)}/huomenna-julkaistava`;
        Object.assign(
          row,
          await measurePublishing(siteDir, contentDir, future, tomorrow, Number(values.port)),
        );
      }
      if (values.warm) {
        const warm = await buildOnce(kind, contentDir, first!, true, true);
        times[`${kind}-warm`]!.push(warm.seconds);
        columns[`${name}, rebuilt with .next/cache`] = warm.row;
      }
    }
    if (values["og-compare"] || values["by-feature"]) {
      const { seconds, row } = await buildOnce("site", contentDir, first!, false);
      times.noOg!.push(seconds);
      columns["this site, no article OG images"] = row;
    }
    if (values["by-feature"]) {
      const { seconds, row } = await buildOnce("site", contentDir, first!, false, false, false);
      times["no issue days or cards"]!.push(seconds);
      columns["this site, no issue-day pages or article OG images"] = row;
    }
    builds.clear();
    printTable(`${size} article(s)`, columns);
    if (values["og-compare"]) {
      const ratio = times.site!.at(-1)! / times.noOg!.at(-1)!;
      console.log(`build time with / without article OG images: ${fmt(ratio, 2)}×`);
    }
  }
  builds.finish();
  if (sizes.length > 1) {
    const [small, large] = [sizes[sizes.length - 2]!, sizes.at(-1)!];
    const ratio = times.site!.at(-1)! / times.site!.at(-2)!;
    console.log(
      `\nbuild time at ${large} / at ${small} articles: ${fmt(ratio, 2)}× (target ≤ 1.30×)`,
    );
  }
  console.log(`\nmarginal build cost per article between sizes (ms):`);
  for (let i = 1; i < sizes.length; i++) {
    const span = sizes[i]! - sizes[i - 1]!;
    const cost = (kind: string) =>
      fmt(((times[kind]![i]! - times[kind]![i - 1]!) * 1000) / span, 1);
    console.log(
      `  ${sizes[i - 1]} → ${sizes[i]}: this site ${cost("site")}${values.baseline ? `, blog-starter pattern ${cost("baseline")}` : ""}`,
    );
    if (values["by-feature"])
      console.log(
        `  ${sizes[i - 1]} → ${sizes[i]}, without article OG images: ${cost("noOg")}; without them and issue-day pages: ${cost("no issue days or cards")}`,
      );
    if (values.warm)
      console.log(
        `  ${sizes[i - 1]} → ${sizes[i]}, rebuilt with .next/cache: this site ${cost("site-warm")}${values.baseline ? `, blog-starter pattern ${cost("baseline-warm")}` : ""}`,
      );
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
