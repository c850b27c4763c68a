import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { killNow, startNextServer, waitForExit } from "./server-process";

const PORT = 3323;

test("limits sign-ups per socket address, whatever X-Forwarded-For the client claims", async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "newsletter-limit-"));
  const server = await startNextServer(PORT, {
    DATABASE_URL: `file:${path.join(dir, "site.db")}`,
    MAIL_OUTBOX_DIR: path.join(dir, "outbox"),
    TOKEN_SECRET: "rate-limit-secret-0123456789abcdef0123456789",
    SIGNUP_RATE_LIMIT: "3",
    TRUST_PROXY: "0",
  });
  try {
    const post = (i: number) =>
      fetch(`http://127.0.0.1:${PORT}/api/newsletter/subscribe`, {
        method: "POST",
        redirect: "manual",
        headers: {
          "content-type": "application/x-www-form-urlencoded",
          origin: `http://127.0.0.1:${PORT}`,
          "x-forwarded-for": `203.0.113.${i}`,
          "x-uutiskirje-peer": `203.0.113.${i}`,
        },
        body: `email=raja${i}%40esimerkki.fi&topics=talous`,
      });
    for (let i = 1; i <= 3; i++) expect((await post(i)).status).toBe(303);
    const limited = await post(4);
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(500);
    expect(await limited.text()).toContain("Liian monta yritystä");
  } finally {
    killNow(server);
    await waitForExit(server);
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
