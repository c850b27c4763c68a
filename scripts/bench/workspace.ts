// Build folders for the benchmark in the system temp folder (BENCH_DIR moves them), so that a
// benchmark build never touches the project's own .next and Next sees no outer lockfile. Each
// is a copy of the sources with node_modules hard-linked (fast, and Turbopack refuses a
// node_modules symlink that points outside the project).
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
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
  "postcss.config.mjs",
  "tailwind.config.ts",
];

function linkNodeModules(target: string): void {
  if (existsSync(path.join(target, "node_modules"))) return;
  try {
    execFileSync("cp", ["-al", path.join(ROOT, "node_modules"), path.join(target, "node_modules")]);
  } catch {
    cpSync(path.join(ROOT, "node_modules"), path.join(target, "node_modules"), { recursive: true });
  }
}

// Gives a fresh copy of this project's sources (not its .next) ready to build.
export function prepareSiteCopy(name = "site"): string {
  const target = path.join(BENCH_DIR, name);
  mkdirSync(target, { recursive: true });
  for (const entry of ["app", "components", "lib", "public", "scripts", ".next"]) {
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
export function prepareApp(name: string, files: Record<string, string | Uint8Array>): string {
  const target = path.join(BENCH_DIR, name);
  for (const entry of ["app", "lib", "interfaces", "public", ".next"])
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
