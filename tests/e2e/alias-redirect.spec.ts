import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import { expect, test } from "@playwright/test";

// Redirects are fixed in the build's routes manifest, so a fixture alias is checked against a
// development server reading a fixture content folder (no invented news in content/).
const FIXTURE_CONTENT = "tests/fixtures/alias-content";
let server: ChildProcess | undefined;
let base = "";

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer().listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
    probe.on("error", reject);
  });
}

test.beforeAll(async () => {
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  server = spawn(
    process.execPath,
    ["node_modules/next/dist/bin/next", "dev", "-H", "127.0.0.1", "-p", String(port)],
    {
      env: { ...process.env, CONTENT_DIR: FIXTURE_CONTENT, NEXT_TELEMETRY_DISABLED: "1" },
      stdio: "ignore",
      detached: true,
    },
  );
  for (let i = 0; i < 120; i++) {
    const ok = await fetch(`${base}/robots.txt`, { redirect: "manual" }).then(
      () => true,
      () => false,
    );
    if (ok) return;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error("the development server did not start");
});

test.afterAll(() => {
  if (server?.pid) process.kill(-server.pid, "SIGTERM");
});

test("an old path from front-matter aliases answers 308 to the canonical path", async () => {
  for (const alias of ["/uutiset/2024/vanha-osoite", "/arkisto/uutinen-123"]) {
    const response = await fetch(`${base}${alias}`, { redirect: "manual" });
    expect(response.status).toBe(308);
    expect(new URL(response.headers.get("location")!, base).pathname).toBe(
      "/uutiset/2024/uusi-osoite",
    );
  }
});
