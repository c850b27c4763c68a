import { spawn } from "node:child_process";
import path from "node:path";

const ROOT = path.resolve(import.meta.dirname, "../..");

export type CliResult = {
  status: number | null;
  signal: string | null;
  stdout: string;
  stderr: string;
};

// Starts `npm run newsletter -- …` as its own process (the node on PATH, whose better-sqlite3
// build matches; not through npx, so that the pid is the sender itself and kill -9 kills it).
export function startNewsletter(args: string[], env: Record<string, string>) {
  const child = spawn(
    "node",
    ["--import", "tsx", "--conditions=react-server", "scripts/newsletter.ts", ...args],
    { cwd: ROOT, env: { ...process.env, ...env } },
  );
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (d) => (stdout += d));
  child.stderr.on("data", (d) => (stderr += d));
  const done = new Promise<CliResult>((resolve) =>
    child.on("close", (status, signal) => resolve({ status, signal, stdout, stderr })),
  );
  return { child, done };
}

// Runs `npm run newsletter -- …` to its end.
export const runNewsletter = (args: string[], env: Record<string, string>) =>
  startNewsletter(args, env).done;
