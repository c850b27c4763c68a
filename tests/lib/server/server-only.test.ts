import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";

// Imports `file` in a fresh Node process, as a bundle for the browser resolves it (default
// conditions) or as the server and the CLI scripts do (react-server).
function importIn(file: string, conditions: string[]) {
  const code = `await import(${JSON.stringify(file)}); console.log("imported");`;
  return spawnSync(
    process.execPath,
    [
      ...conditions.map((c) => `--conditions=${c}`),
      "--import",
      "tsx",
      "--input-type=module",
      "-e",
      code,
    ],
    { encoding: "utf8" },
  );
}

describe("server-only markers", () => {
  for (const file of [
    "./lib/db/index.ts",
    "./lib/db/sqlite.ts",
    "./lib/db/postgres.ts",
    "./lib/server/server.ts",
    "./lib/mail/index.ts",
  ]) {
    it(`refuses ${file} where a client component would import it`, () => {
      const run = importIn(file, []);
      expect(run.status).not.toBe(0);
      expect(run.stderr).toContain("cannot be imported from a Client Component module");
    });
  }

  it("lets the server and the CLI scripts import the database layer", () => {
    const run = importIn("./lib/db/index.ts", ["react-server"]);
    expect(run.stderr).toBe("");
    expect(run.stdout.trim()).toBe("imported");
  });
});
