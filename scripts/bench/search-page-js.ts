// Reads from the last build the JavaScript a browser loads for /haku (gzip): Next's shared
// runtime plus the page's chunks, and the part that is our own code (the live search).
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { getEnv } from "../../lib/env";

type Manifest = {
  clientModules: Record<string, { chunks: string[] }>;
  entryJSFiles?: Record<string, string[]>;
};

const DIST = path.resolve(getEnv().NEXT_DIST_DIR);
const kb = (files: Iterable<string>) =>
  [...files].reduce((sum, file) => sum + gzipSync(readFileSync(path.join(DIST, file))).length, 0) /
  1024;
const local = (chunk: string) => chunk.replace(/^\/_next\//, "");

function manifest(page: string): Manifest | null {
  const file = path.join(DIST, "server/app", `${page}_client-reference-manifest.js`);
  if (!existsSync(file)) return null;
  const scope = { __RSC_MANIFEST: {} as Record<string, Manifest> };
  new Function("globalThis", readFileSync(file, "utf8"))(scope);
  return scope.__RSC_MANIFEST[page] ?? null;
}

const ownChunks = (m: Manifest) =>
  Object.entries(m.clientModules)
    .filter(([id]) => id.startsWith("[project]/") && !id.includes("/node_modules/"))
    .flatMap(([id, entry]) => entry.chunks.map((chunk) => ({ id, chunk: local(chunk) })));

// Gives the search page's JavaScript in gzip KB, and whether an article page carries any of
// the search code; null before a build.
export function searchPageJs(): {
  ownKb: number;
  totalKb: number;
  files: number;
  articleLoadsSearch: boolean;
} | null {
  const search = manifest("/haku/page");
  const article = manifest("/uutiset/[year]/[slug]/page");
  if (!search || !article) return null;
  const build = JSON.parse(readFileSync(path.join(DIST, "build-manifest.json"), "utf8")) as {
    rootMainFiles: string[];
  };
  const own = new Set(ownChunks(search).map((c) => c.chunk));
  const all = new Set([
    ...build.rootMainFiles,
    ...Object.values(search.entryJSFiles ?? {}).flat(),
    ...own,
  ]);
  const articleLoadsSearch = ownChunks(article).some((c) => /live-search|search-/.test(c.id));
  return { ownKb: kb(own), totalKb: kb(all), files: all.size, articleLoadsSearch };
}
