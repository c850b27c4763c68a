import { spawnSync } from "node:child_process";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { article, makeContentDir } from "../helpers/content-dir";

const ROOT = path.resolve(import.meta.dirname, "../..");
const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));

// Runs the prebuild content check the way `npm run build` does, on a temporary content folder.
function runCheck(files: Record<string, string>) {
  const { dir, cleanup } = makeContentDir(
    Object.fromEntries(Object.entries(files).map(([k, v]) => [`uutiset/${k}`, v])),
  );
  cleanups.push(cleanup);
  const run = spawnSync(process.execPath, ["--import", "tsx", "scripts/check-content.ts"], {
    cwd: ROOT,
    env: { ...process.env, CONTENT_DIR: dir, NODE_ENV: "production" },
    encoding: "utf8",
  });
  return { ...run, dir };
}

describe("npm run check-content (prebuild)", () => {
  it("stops with exit code 1 and one plain line per problem in every bad file", () => {
    const run = runCheck({
      "2024/a.md": article({ date: "2024-02-30", topics: "[tuntematon]" }),
      "2024/b.md": article({ source: null }),
      "2024/ok.md": article({ title: "Kunnossa" }),
    });
    expect(run.status).toBe(1);
    const lines = run.stderr
      .split("\n")
      .filter((l) => l.startsWith("  "))
      .map((l) => l.trim().replace(`${run.dir}/`, ""));
    expect(lines).toEqual([
      "uutiset/2024/a.md: date: 2024-02-30 is not a real calendar day",
      'uutiset/2024/a.md: topics: unknown topic "tuntematon"',
      "uutiset/2024/b.md: source: missing",
    ]);
    expect(run.stderr).not.toMatch(/\bat \w+ \(/);
  });

  it("passes a valid folder with exit code 0", () => {
    const run = runCheck({ "2024/ok.md": article() });
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/1 article\(s\).*no problems/);
  });
});
