import { spawnSync } from "node:child_process";
import path from "node:path";

const ROOT = path.resolve(import.meta.dirname, "../..");

// Gives a runner of `npm run subscribers -- …` as cron or an operator runs it, on the database
// at `url` (a temporary SQLite file of the test).
export function subscribersCli(url: string) {
  return (...args: string[]) =>
    spawnSync(
      "node",
      ["--import", "tsx", "--conditions=react-server", "scripts/subscribers.ts", ...args],
      {
        cwd: ROOT,
        env: { ...process.env, NODE_ENV: "test", DATABASE_URL: url, TOKEN_SECRET: "x".repeat(40) },
        encoding: "utf8",
      },
    );
}
