// Reads sizes out of a finished build: gzip of a page's HTML and of the JavaScript it loads.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";

const gzipKb = (data: Buffer | string) => gzipSync(data).length / 1024;

// Gives the gzip size of a prerendered page's HTML in KB, or null when it was not built.
export function htmlGzipKb(appDir: string, route: string): number | null {
  const file = path.join(
    appDir,
    ".next/server/app",
    `${route === "/" ? "index" : route.slice(1)}.html`,
  );
  return existsSync(file) ? gzipKb(readFileSync(file)) : null;
}

// Gives the summed gzip size in KB of every script a modern browser loads for a prerendered page
// (script src and preloads; the noModule polyfill bundle is skipped, as such browsers skip it).
export function pageJsGzipKb(appDir: string, route: string): { kb: number; files: number } | null {
  const file = path.join(
    appDir,
    ".next/server/app",
    `${route === "/" ? "index" : route.slice(1)}.html`,
  );
  if (!existsSync(file)) return null;
  const html = readFileSync(file, "utf8");
  const tags = html.match(/<(?:script|link)\b[^>]*>/g) ?? [];
  const scripts = new Set(
    tags
      .filter((tag) => !/\bnoModule\b/i.test(tag))
      .map((tag) => /(?:src|href)="\/_next\/(static\/[^"?]+\.js)"/.exec(tag)?.[1])
      .filter((script): script is string => Boolean(script)),
  );
  let kb = 0;
  for (const script of scripts) kb += gzipKb(readFileSync(path.join(appDir, ".next", script)));
  return { kb, files: scripts.size };
}

// Gives the number of pages Next reports having generated.
export function pagesGenerated(output: string): number | null {
  const matches = [...output.matchAll(/Generating static pages[^\n]*?\((\d+)\/(\d+)\)/g)];
  return matches.length ? Number(matches.at(-1)![2]) : null;
}

// Gives, from the CONTENT_TRACE lines of a build's output, how many processes read the Markdown
// files themselves, how many took the content check's snapshot instead, and the Markdown renders.
export function contentTrace(output: string): {
  reads: number;
  snapshotLoads: number;
  renders: number;
  uniqueRenders: number;
} {
  const pids = (pattern: RegExp) => new Set([...output.matchAll(pattern)].map((m) => m[1]));
  const checkReads = pids(/^\[content\] pid (\d+) read \d+ files/gm);
  const fromSnapshot = pids(/^\[content\] pid (\d+) took the content check's snapshot/gm);
  const loaded = pids(/^\[content\] pid (\d+) loaded/gm);
  const workerReads = [...loaded].filter((pid) => !fromSnapshot.has(pid)).length;
  const rendered = [...output.matchAll(/^\[content\] pid \d+ rendered (\S+)/gm)].map((m) => m[1]);
  return {
    reads: checkReads.size + workerReads,
    snapshotLoads: fromSnapshot.size,
    renders: rendered.length,
    uniqueRenders: new Set(rendered).size,
  };
}

function seconds(match: RegExpMatchArray | null | undefined): number | null {
  if (!match) return null;
  const scale: Record<string, number> = { ms: 0.001, s: 1, min: 60 };
  return Number(match[1]) * (scale[match[2] ?? "s"] ?? 1);
}

// Gives the compile and static-generation times Next reports, in seconds.
export function buildPhases(output: string): { compile: number | null; generate: number | null } {
  return {
    compile: seconds(/Compiled successfully in ([\d.]+)(ms|s|min)/.exec(output)),
    generate: seconds(
      [...output.matchAll(/Generating static pages[^\n]*\(\d+\/\d+\) in ([\d.]+)(ms|s|min)/g)].at(
        -1,
      ),
    ),
  };
}
