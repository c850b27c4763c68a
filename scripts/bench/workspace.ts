// Build folders for the benchmark in the system temp folder (BENCH_DIR moves them), so that a
// benchmark build never touches the project's own .next and Next sees no outer lockfile. Each
// is a copy of the sources with node_modules hard-linked (fast, and Turbopack refuses a
// node_modules symlink that points outside the project).
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import {
  cpSync,
  existsSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

export const ROOT = path.resolve(import.meta.dirname, "../..");
// One folder per checkout, so benchmarks of two checkouts on one machine never share files.
const checkoutId = createHash("sha256").update(ROOT).digest("hex").slice(0, 8);
export const BENCH_DIR = process.env.BENCH_DIR ?? path.join(tmpdir(), `jtu-bench-${checkoutId}`);

const SITE_ENTRIES = [
  "app",
  "components",
  "lib",
  "public",
  "scripts/check-content.ts",
  "package.json",
  "package-lock.json",
  "tsconfig.json",
  "next.config.ts",
  "instrumentation.ts",
  "proxy.ts",
  "postcss.config.mjs",
  "tailwind.config.ts",
];

// Links node_modules into a build folder, again whenever package-lock.json has changed since.
function linkNodeModules(target: string): void {
  const stamp = path.join(target, ".node-modules-lock");
  const lock = createHash("sha256")
    .update(readFileSync(path.join(ROOT, "package-lock.json")))
    .digest("hex");
  if (existsSync(path.join(target, "node_modules")) && readIfExists(stamp) === lock) return;
  rmSync(path.join(target, "node_modules"), { recursive: true, force: true });
  try {
    execFileSync("cp", ["-al", path.join(ROOT, "node_modules"), path.join(target, "node_modules")]);
  } catch {
    cpSync(path.join(ROOT, "node_modules"), path.join(target, "node_modules"), { recursive: true });
  }
  writeFileSync(stamp, lock);
}

function readIfExists(file: string): string | null {
  return existsSync(file) ? readFileSync(file, "utf8") : null;
}

// Empties a build folder's .next, keeping .next/cache when asked (a rebuild as CI runs it with
// the cache restored: Turbopack's cache and, for this site, the share cards drawn before).
function clearBuild(target: string, keepCache: boolean): void {
  const next = path.join(target, ".next");
  const kept = path.join(target, ".next-cache-kept");
  rmSync(kept, { recursive: true, force: true });
  if (keepCache && existsSync(path.join(next, "cache"))) renameSync(path.join(next, "cache"), kept);
  rmSync(next, { recursive: true, force: true });
  if (existsSync(kept)) {
    mkdirSync(next, { recursive: true });
    renameSync(kept, path.join(next, "cache"));
  }
}

// Gives a fresh copy of this project's sources (not its .next, but .next/cache with keepCache)
// ready to build.
export function prepareSiteCopy(name = "site", keepCache = false): string {
  const target = path.join(BENCH_DIR, name);
  mkdirSync(target, { recursive: true });
  clearBuild(target, keepCache);
  for (const entry of ["app", "components", "lib", "public", "scripts"]) {
    rmSync(path.join(target, entry), { recursive: true, force: true });
  }
  for (const entry of SITE_ENTRIES) {
    const from = path.join(ROOT, entry);
    if (existsSync(from)) cpSync(from, path.join(target, entry), { recursive: true });
  }
  linkNodeModules(target);
  return target;
}

// Gives a folder holding a small Next app made of `files` (relative path → text or bytes).
export function prepareApp(
  name: string,
  files: Record<string, string | Uint8Array>,
  keepCache = false,
): string {
  const target = path.join(BENCH_DIR, name);
  clearBuild(target, keepCache);
  for (const entry of ["app", "lib", "interfaces", "public"])
    rmSync(path.join(target, entry), { recursive: true, force: true });
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(target, file)), { recursive: true });
    writeFileSync(path.join(target, file), text);
  }
  for (const file of ["package-lock.json"]) cpSync(path.join(ROOT, file), path.join(target, file));
  linkNodeModules(target);
  return target;
}

export const NEXT_BIN = "node_modules/next/dist/bin/next";
