import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

// Paths inside the project read as "content/uutiset/…"; others stay absolute.
function displayPath(full: string): string {
  const relative = path.relative(process.cwd(), full);
  return relative && !relative.startsWith("..") ? relative : path.resolve(full);
}

export type SourceFile = { file: string; raw: string };

// Gives every .md file below dir (sorted, path relative to the working directory), read once.
export function readMarkdownFiles(dir: string): SourceFile[] {
  let entries: string[];
  try {
    entries = readdirSync(dir, { recursive: true, encoding: "utf8" });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw error;
  }
  return entries
    .filter((entry) => entry.endsWith(".md"))
    .sort()
    .map((entry) => {
      const full = path.join(dir, entry);
      return { file: displayPath(full), raw: readFileSync(full, "utf8") };
    });
}

export class ContentError extends Error {
  constructor(readonly problems: string[]) {
    super(`Content has ${problems.length} problem(s):\n${problems.join("\n")}`);
    this.name = "ContentError";
  }
}
