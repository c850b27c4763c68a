// npm run bench:client-js  (after `npm run build`)
// Prints, per page type, the gzip size of the client chunks that hold our own code (client
// components under app/, components/ or lib/, not Next or React), against a 10 KB budget.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { getEnv } from "../../lib/env";

const BUDGET_KB = 10;
const DIST = path.resolve(getEnv().NEXT_DIST_DIR);
const PAGES = {
  article: "/uutiset/[year]/[slug]/page",
  "competition overview": "/rikoksentorjuntakilpailu/page",
  "competition year": "/rikoksentorjuntakilpailu/[year]/page",
};

type Manifest = { clientModules: Record<string, { chunks: string[] }> };

// Gives our own client modules on a page and the chunks that carry them.
function ownClientCode(page: string): { modules: string[]; chunks: Set<string> } | null {
  const file = path.join(DIST, "server/app", `${page}_client-reference-manifest.js`);
  if (!existsSync(file)) return null;
  const sandbox = { globalThis: { __RSC_MANIFEST: {} as Record<string, Manifest> } };
  new Function("globalThis", readFileSync(file, "utf8"))(sandbox.globalThis);
  const manifest = sandbox.globalThis.__RSC_MANIFEST[page]!;
  const own = Object.entries(manifest.clientModules).filter(
    ([id]) => id.startsWith("[project]/") && !id.startsWith("[project]/node_modules/"),
  );
  const modules = [...new Set(own.map(([id]) => id.replace(/^\[project\]\/| \[.*$/g, "")))];
  return { modules, chunks: new Set(own.flatMap(([, m]) => m.chunks)) };
}

console.log(
  `page type            | own client modules            | gzip KB | budget ${BUDGET_KB} KB`,
);
console.log(`---------------------|-------------------------------|---------|----------`);
for (const [name, page] of Object.entries(PAGES)) {
  const code = ownClientCode(page);
  if (!code) {
    console.log(`${name.padEnd(20)} | (not built)`);
    continue;
  }
  let bytes = 0;
  for (const chunk of code.chunks) {
    bytes += gzipSync(readFileSync(path.join(DIST, chunk.replace(/^\/_next\//, "")))).length;
  }
  const kb = bytes / 1024;
  console.log(
    `${name.padEnd(20)} | ${code.modules.join(", ").padEnd(29)} | ${kb.toFixed(2).padStart(7)} | ${kb <= BUDGET_KB ? "within" : "OVER"}`,
  );
}
