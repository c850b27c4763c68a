import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

export const FIXTURES = path.resolve(import.meta.dirname, "../fixtures");

// Gives a valid article's text with some front-matter lines replaced or added.
export function article(overrides: Record<string, string | null> = {}, body = "Teksti."): string {
  const fields: Record<string, string> = {
    title: "Testiuutinen",
    date: "2024-03-15",
    lead: "Ingressi.",
    topics: "[talous]",
    author: "Testitoimitus",
    source: "\n  name: Tiedote\n  url: https://example.fi/t\n  date: 2024-03-14",
  };
  for (const [key, value] of Object.entries(overrides)) {
    if (value === null) delete fields[key];
    else fields[key] = value;
  }
  const yaml = Object.entries(fields)
    .map(([key, value]) => `${key}:${value.startsWith("\n") ? "" : " "}${value}`)
    .join("\n");
  return `---\n${yaml}\n---\n\n${body}\n`;
}

// Gives a fresh temporary folder holding the given files (relative path → text).
export function makeContentDir(files: Record<string, string>): {
  dir: string;
  cleanup: () => void;
} {
  const dir = mkdtempSync(path.join(tmpdir(), "content-test-"));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

// Gives the text of a file in tests/fixtures.
export function fixture(name: string): string {
  return readFileSync(path.join(FIXTURES, name), "utf8");
}
