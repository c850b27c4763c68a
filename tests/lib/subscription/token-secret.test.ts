import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { resolveTokenSecret } from "@/lib/subscription/token-secret";

const dirs: string[] = [];
const tempDir = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "secret-"));
  dirs.push(dir);
  return path.join(dir, "data");
};
afterEach(() => dirs.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

describe("resolveTokenSecret", () => {
  it("uses TOKEN_SECRET when set", () => {
    const env = {
      NODE_ENV: "production",
      TOKEN_SECRET: "x".repeat(32),
      DATA_DIR: tempDir(),
      SITE_URL: "https://uutiskirje.example",
    };
    expect(resolveTokenSecret(env)).toBe("x".repeat(32));
  });

  it("generates one secret in development and keeps it across restarts", () => {
    const env = { NODE_ENV: "development", DATA_DIR: tempDir(), SITE_URL: "http://localhost:3000" };
    const first = resolveTokenSecret(env);
    expect(first.length).toBeGreaterThanOrEqual(32);
    expect(resolveTokenSecret(env)).toBe(first);
    expect(fs.statSync(path.join(env.DATA_DIR, "token-secret")).mode & 0o077).toBe(0);
  });

  it("refuses to start a public production site without TOKEN_SECRET", () => {
    const env = {
      NODE_ENV: "production",
      DATA_DIR: tempDir(),
      SITE_URL: "https://uutiskirje.example",
    };
    expect(() => resolveTokenSecret(env)).toThrow("TOKEN_SECRET is required in production");
  });
});
