import { spawnSync } from "node:child_process";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { article, makeContentDir } from "../helpers/content-dir";

const ROOT = path.resolve(import.meta.dirname, "../..");
const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));

function runCheck(files: Record<string, string>) {
  const { dir, cleanup } = makeContentDir(files);
  cleanups.push(cleanup);
  const run = spawnSync(process.execPath, ["--import", "tsx", "scripts/check-content.ts"], {
    cwd: ROOT,
    env: { ...process.env, CONTENT_DIR: dir, NODE_ENV: "production" },
    encoding: "utf8",
  });
  const lines = run.stderr
    .split("\n")
    .filter((l) => l.startsWith("  "))
    .map((l) => l.trim().replace(`${dir}/`, ""));
  return { status: run.status, lines };
}

describe("npm run check-content on competitions", () => {
  it("stops the build on a competition year with a bad field, naming file and field", () => {
    const run = runCheck({
      "uutiset/2024/a.md": article(),
      "kilpailut/kilpailu.md":
        "---\ntitle: K\nsections: [{ heading: H, facts: [{ text: T, sources: [a] }] }]\nsources: [{ id: a, name: A, url: https://example.fi }]\n---\n",
      "kilpailut/2024.md":
        "---\nyear: 2024\nwinner: { name: N, organisation: O, sources: [a] }\nentries: { count: viisi, sources: [a] }\nsources: [{ id: a, name: A, url: https://example.fi }]\n---\n",
    });
    expect(run.status).toBe(1);
    expect(run.lines).toEqual(["kilpailut/2024.md: entries.count: expected a number"]);
  });
});
