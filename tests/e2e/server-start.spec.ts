// `npm start` as an operator runs it, on the site's build: where it listens, and what it does
// when it was started with another SITE_URL than the build's.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { E2E_SITE_URL } from "./newsletter-env";
import { killNow, waitForExit } from "./server-process";

const PORT = Number(process.env.E2E_PORT ?? 3210) + 6;

type Started = { child: ChildProcess; output: () => string; stop(): Promise<void> };

function npmStart(env: Record<string, string>): Started {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "npm-start-"));
  const inherited = { ...process.env };
  delete inherited.HOST;
  const child = spawn("npm", ["start", "--", "-p", String(PORT)], {
    env: {
      ...inherited,
      NODE_OPTIONS: process.env.E2E_SERVER_NODE_OPTIONS ?? "",
      NEXT_TELEMETRY_DISABLED: "1",
      SITE_URL: E2E_SITE_URL,
      DATA_DIR: dataDir,
      ...env,
    },
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  return {
    child,
    output: () => output,
    async stop() {
      killNow(child);
      await waitForExit(child);
      // The next test's server must not find this one still holding the port.
      await expect.poll(() => canConnect("127.0.0.1"), { timeout: 10_000 }).toBe(false);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

function canConnect(host: string): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(PORT, host);
    socket.once("connect", () => (socket.destroy(), resolve(true)));
    socket.once("error", () => resolve(false));
  });
}

async function untilListening(started: Started, host = "127.0.0.1") {
  await expect
    .poll(() => canConnect(host), { timeout: 30_000, message: started.output() })
    .toBe(true);
}

// An address of this machine that is not loopback: what another machine would connect to.
const outside = Object.values(os.networkInterfaces())
  .flat()
  .find((i) => i && !i.internal && i.family === "IPv4")?.address;

test.describe("npm start", () => {
  test.skip(!outside, "SKIPPING: this machine has no non-loopback IPv4 address to try");

  test("listens on 127.0.0.1 only by default, and on every interface with HOST=0.0.0.0", async () => {
    test.setTimeout(90_000);
    const local = npmStart({});
    try {
      await untilListening(local);
      expect(await canConnect(outside!)).toBe(false);
    } finally {
      await local.stop();
    }
    const everywhere = npmStart({ HOST: "0.0.0.0" });
    try {
      await untilListening(everywhere, outside);
      expect(await canConnect("127.0.0.1")).toBe(true);
    } finally {
      await everywhere.stop();
    }
  });
});

// Prerendered pages carry the build's SITE_URL in canonical, og:url and JSON-LD: served under
// another one they would send search engines and shared links elsewhere.
test("npm start refuses to start with another SITE_URL than the build's, naming both", async () => {
  test.setTimeout(60_000);
  const other = npmStart({
    SITE_URL: "https://uutiskirje.example",
    TOKEN_SECRET: "server-start-secret-0123456789abcdef01234567",
  });
  try {
    const exited = new Promise<number | null>((resolve) => other.child.once("exit", resolve));
    const code = await Promise.race([
      exited,
      new Promise<string>((resolve) => setTimeout(() => resolve("still running"), 40_000)),
    ]);
    expect(code, other.output()).not.toBe("still running");
    expect(code).not.toBe(0);
    expect(other.output()).toContain("SITE_URL");
    expect(other.output()).toContain(E2E_SITE_URL);
    expect(other.output()).toContain("https://uutiskirje.example");
    expect(await canConnect("127.0.0.1")).toBe(false);
  } finally {
    await other.stop();
  }
});
