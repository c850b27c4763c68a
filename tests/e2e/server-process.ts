import { spawn, type ChildProcess } from "node:child_process";
import { E2E_SITE_URL } from "./newsletter-env";

// Starts `next start` on 127.0.0.1:port with extra environment, in its own process group so
// that a test can kill it (and anything it spawned) at once, like a crash would.
// With `ready: false` it gives the process at once, before the server listens; `onOutput`
// receives what the server prints (else its stderr goes to the test's).
export async function startNextServer(
  port: number,
  env: Record<string, string>,
  { ready = true, onOutput }: { ready?: boolean; onOutput?: (text: string) => void } = {},
): Promise<ChildProcess> {
  const child = spawn(
    process.execPath,
    [
      "--import",
      "./lib/http/peer-address-preload.mjs",
      "node_modules/next/dist/bin/next",
      "start",
      "-H",
      "127.0.0.1",
      "-p",
      String(port),
    ],
    {
      env: {
        ...process.env,
        // The test worker resolves server-only's react-server export (playwright.config.ts);
        // the server needs the default conditions.
        NODE_OPTIONS: process.env.E2E_SERVER_NODE_OPTIONS ?? "",
        NEXT_TELEMETRY_DISABLED: "1",
        // The builds' SITE_URL (a server refuses to start with another); the forms accept
        // posts from the address the tests use.
        SITE_URL: E2E_SITE_URL,
        ALLOWED_ORIGINS: `http://127.0.0.1:${port}`,
        ...env,
      },
      detached: true,
      stdio: ["ignore", onOutput ? "pipe" : "ignore", onOutput ? "pipe" : "inherit"],
    },
  );
  child.stdout?.on("data", (chunk: Buffer) => onOutput?.(chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => onOutput?.(chunk.toString()));
  if (!ready) return child;
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/api/health`)).ok) return child;
    } catch {
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  killNow(child);
  throw new Error(`next start on port ${port} did not come up`);
}

// SIGKILL to the whole group: no shutdown hooks, no flushing, exactly a crash.
export function killNow(child: ChildProcess) {
  try {
    process.kill(-child.pid!, "SIGKILL");
  } catch {
    // already gone
  }
}

export async function waitForExit(child: ChildProcess) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  await new Promise((resolve) => child.once("exit", resolve));
}
