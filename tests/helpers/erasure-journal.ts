import fs from "node:fs";
import os from "node:os";
import path from "node:path";

// Gives the path of an erasure journal in a fresh temporary folder (the file itself is created
// by the first erasure, as in production).
export function tempJournal(): string {
  return path.join(fs.mkdtempSync(path.join(os.tmpdir(), "erasure-journal-")), "erasure-journal");
}
