import fs from "node:fs";
import path from "node:path";

// The erasure journal: one line per erasure, "<ISO time> <SHA-256 of the address's identity>",
// kept outside the database (ERASURE_JOURNAL) so that restoring an older backup cannot bring
// back a reader erased since: db:restore re-applies every entry the backup predates
// (erasure-replay.ts). It holds digests only, never an address.

export type ErasureEntry = { at: number; digest: string };
export type ErasureJournal = {
  file: string;
  exists: boolean;
  entries: ErasureEntry[];
  // Lines that are no entry: a restore refuses to guess what they meant.
  problems: string[];
  // A mode that lets others read it: worth fixing, but every entry is still there.
  warnings: string[];
};

const LINE = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z) ([0-9a-f]{64})$/;

// Appends one erasure and syncs it to disk before returning: an erasure the journal lost
// would come back with the next restore. The file is created with mode 0600.
export function appendErasure(file: string, entry: ErasureEntry) {
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const fd = fs.openSync(file, "a", 0o600);
  try {
    fs.writeSync(fd, `${new Date(entry.at).toISOString()} ${entry.digest}\n`);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

// Reads the whole journal (a missing file is an empty journal: nobody was erased yet).
export function readErasureJournal(file: string): ErasureJournal {
  if (!fs.existsSync(file)) return { file, exists: false, entries: [], problems: [], warnings: [] };
  const problems: string[] = [];
  const warnings: string[] = [];
  const mode = fs.statSync(file).mode & 0o777;
  if (mode & 0o077)
    warnings.push(`${file} has mode ${mode.toString(8)}: others may read it (chmod 600 it)`);
  const entries: ErasureEntry[] = [];
  fs.readFileSync(file, "utf8")
    .split("\n")
    .forEach((line, i) => {
      if (line === "") return;
      const match = LINE.exec(line);
      if (match) entries.push({ at: Date.parse(match[1]!), digest: match[2]! });
      else problems.push(`${file} line ${i + 1} is not "<ISO time> <sha256>"`);
    });
  return { file, exists: true, entries, problems, warnings };
}

// Gives the journal's erasures that a database knowing `known` (digest → latest erased_at, its
// erased_addresses table) has not seen, one per digest at its latest time. An erasure records
// the same time in both places, so a database from before an erasure lacks it or holds an
// earlier time; one taken after it holds that time or a later one.
export function erasuresNewerThan(
  entries: readonly ErasureEntry[],
  known: ReadonlyMap<string, number>,
): ErasureEntry[] {
  const latest = new Map<string, number>();
  for (const e of entries) latest.set(e.digest, Math.max(e.at, latest.get(e.digest) ?? 0));
  return [...latest]
    .filter(([digest, at]) => (known.get(digest) ?? -Infinity) < at)
    .map(([digest, at]) => ({ digest, at }));
}

// Gives what db:verify says about the journal next to a backup that knows `known` erasures:
// lines to print, and the problems that make the check fail (a restore would refuse them).
export function describeJournal(file: string, known: ReadonlyMap<string, number>) {
  const journal = readErasureJournal(file);
  const lines: string[] = [];
  if (!journal.exists) lines.push(`Erasure journal ${file}: none yet (no erasure recorded)`);
  else {
    const newest = journal.entries.reduce((max, e) => Math.max(max, e.at), 0);
    const newer = erasuresNewerThan(journal.entries, known).length;
    lines.push(
      `Erasure journal ${file}: ${journal.entries.length} entries` +
        (newest ? `, the newest ${new Date(newest).toISOString()}` : "") +
        `; ${newer} newer than this backup (db:restore erases them again)`,
    );
  }
  const journalled = new Set(journal.entries.map((e) => e.digest));
  const unknown = [...known.keys()].filter((d) => !journalled.has(d)).length;
  const warnings = [...journal.warnings];
  if (unknown > 0)
    warnings.push(
      `the backup holds ${unknown} erasures the journal lacks: is ERASURE_JOURNAL the file erase writes to?`,
    );
  return { lines, warnings, problems: journal.problems };
}
