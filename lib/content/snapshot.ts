// A build reads each Markdown file once. The content check (scripts/check-content.ts, run just
// before `next build`) parses and validates every article and writes what it found to a snapshot
// file; each build worker then takes the articles from the snapshot instead of reading and
// parsing the files again, after checking by name, size and modification time that no file has
// changed since. Any difference (or no snapshot) and the worker reads the files itself.
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Article } from "./loader";

const VERSION = 1;

type Snapshot = { version: number; dir: string; fingerprint: string; articles: Article[] };

// Gives a hash of every .md file's name, size and modification time below dir.
export function contentFingerprint(dir: string): string {
  const hash = createHash("sha256");
  let entries: string[];
  try {
    entries = readdirSync(dir, { recursive: true, encoding: "utf8" });
  } catch {
    return "";
  }
  for (const entry of entries.filter((e) => e.endsWith(".md")).sort()) {
    const stat = statSync(path.join(dir, entry));
    hash.update(`${entry}\0${stat.size}\0${stat.mtimeMs}\n`);
  }
  return hash.digest("hex");
}

// Writes the articles checked in dir (drafts and future ones included) to file, atomically.
// `fingerprint` must be taken before the files were read: a file edited while they were being
// read then fails the workers' check instead of passing with its old text.
export function writeSnapshot(
  file: string,
  dir: string,
  fingerprint: string,
  articles: Article[],
): void {
  const snapshot: Snapshot = { version: VERSION, dir: path.resolve(dir), fingerprint, articles };
  mkdirSync(path.dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, JSON.stringify(snapshot));
  renameSync(temp, file);
}

// Gives the snapshot's articles when it was taken of dir and no file has changed since, else null.
export function readSnapshot(file: string, dir: string): Article[] | null {
  let snapshot: Snapshot;
  try {
    snapshot = JSON.parse(readFileSync(file, "utf8")) as Snapshot;
  } catch {
    return null;
  }
  if (snapshot.version !== VERSION || snapshot.dir !== path.resolve(dir)) return null;
  return snapshot.fingerprint === contentFingerprint(dir) ? snapshot.articles : null;
}
