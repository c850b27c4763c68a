import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { killNow, startNextServer, waitForExit } from "./server-process";

const PORT = Number(process.env.E2E_PORT ?? 3210) + 3;
const LIMIT = 3;

// Each sign-up claims another address in every header a client could use to pick its key.
function postSignup(i: number) {
  return fetch(`http://127.0.0.1:${PORT}/api/newsletter/subscribe`, {
    method: "POST",
    redirect: "manual",
    headers: {
      "content-type": "application/x-www-form-urlencoded",
      origin: `http://127.0.0.1:${PORT}`,
      "x-forwarded-for": `203.0.113.${i}`,
      "x-real-ip": `203.0.113.${i}`,
      "x-uutiskirje-peer": i % 2 ? `203.0.113.${i}` : `forged-token 203.0.113.${i}`,
    },
    body: `email=raja${i}%40esimerkki.fi&topics=talous`,
  });
}

// The very first request may reach the port while `next start` is still starting up.
async function firstSignup(): Promise<Response> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    try {
      return await postSignup(1);
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((r) => setTimeout(r, 25));
    }
  }
}

// A server with its own database and a limit of LIMIT sign-ups per client; `run` runs against
// it and the server is killed afterwards.
async function withLimitedServer(ready: boolean, run: () => Promise<void>) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "newsletter-limit-"));
  const server = await startNextServer(
    PORT,
    {
      DATABASE_URL: `file:${path.join(dir, "site.db")}`,
      MAIL_OUTBOX_DIR: path.join(dir, "outbox"),
      TOKEN_SECRET: "rate-limit-secret-0123456789abcdef0123456789",
      SIGNUP_RATE_LIMIT: String(LIMIT),
      TRUST_PROXY: "0",
    },
    { ready },
  );
  try {
    await run();
  } finally {
    killNow(server);
    await waitForExit(server);
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

for (const when of ["once the server is up", "from the first request after a start"]) {
  test(`limits sign-ups per socket address whatever X-Forwarded-For or internal header the client sends, ${when}`, async () => {
    await withLimitedServer(when === "once the server is up", async () => {
      expect((await firstSignup()).status).toBe(303);
      for (let i = 2; i <= LIMIT; i++) expect((await postSignup(i)).status).toBe(303);
      const limited = await postSignup(LIMIT + 1);
      expect(limited.status).toBe(429);
      expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(500);
      expect(await limited.text()).toContain("Liian monta yritystä");
    });
  });
}

test("lets exactly the limit through 40 parallel sign-ups from one client", async () => {
  await withLimitedServer(true, async () => {
    const statuses = (
      await Promise.all(Array.from({ length: 40 }, (_, i) => postSignup(100 + i)))
    ).map((response) => response.status);
    expect(statuses.filter((s) => s === 303)).toHaveLength(LIMIT);
    expect(statuses.filter((s) => s === 429)).toHaveLength(40 - LIMIT);
  });
});
