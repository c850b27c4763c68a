// Methods the site implements for no address (RFC 9110 §15.6.2: 501), on a real `next start`
// whose output the test reads: Fetch refuses to build a Request for TRACE, so before the guard
// in lib/http/method-guard.mjs Next answered it with a 500, a stack trace in the log per
// request and, under proxy.ts, without the security headers.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { killNow, startNextServer, waitForExit } from "./server-process";
import { rawRequest, requestText } from "./support/raw-http";

const PORT = Number(process.env.E2E_PORT ?? 3210) + 5;
const SEED =
  "/uutiset/2023/rikoksentorjuntakilpailun-voitti-rikosuhripaivystyksen-ihmiskaupan-uhrien-erityistukipalvelu";
const METHODS = ["TRACE", "PROPFIND", "MKCOL", "LOCK", "SEARCH", "PURGE", "QUERY", "LINK"];
const PATHS = [
  "/",
  SEED,
  `${SEED}/opengraph-image`,
  "/uutiset/2023/keksitty",
  "/uutiset",
  "/haku",
  "/feed.xml",
  "/icon.svg",
  "/api/health",
  "/api/haku",
  "/api/newsletter/subscribe",
  "/api/newsletter/confirm",
];
// A cookie and a header TRACE would echo back (cross-site tracing).
const SECRET_LINES = ["Cookie: istunto=salainen-123", "X-Probe: salainen-456"];

test("methods the site implements nowhere get 501 with the security headers and log nothing", async () => {
  test.setTimeout(120_000);
  const dir = mkdtempSync(path.join(os.tmpdir(), "methods-"));
  let output = "";
  const server = await startNextServer(
    PORT,
    { DATABASE_URL: `file:${path.join(dir, "site.db")}`, MAIL_OUTBOX_DIR: path.join(dir, "out") },
    { onOutput: (text) => (output += text) },
  );
  try {
    const wrong: string[] = [];
    for (const method of METHODS) {
      for (const target of PATHS) {
        const answer = await rawRequest(PORT, requestText(method, target, SECRET_LINES));
        const h = answer.headers;
        const problems = [
          answer.status !== 501 && `status ${answer.status}`,
          !h["content-security-policy"]?.includes("default-src 'self'") && "no CSP",
          h["x-content-type-options"] !== "nosniff" && "no nosniff",
          h["x-frame-options"] !== "DENY" && "no X-Frame-Options",
          !h["referrer-policy"] && "no Referrer-Policy",
          /salainen|Error/.test(answer.body) && `body ${answer.body.slice(0, 80)}`,
        ].filter(Boolean);
        if (problems.length) wrong.push(`${method} ${target}: ${problems.join(", ")}`);
      }
    }
    expect(wrong).toEqual([]);
    // The methods every page and route answers itself are still theirs.
    expect((await rawRequest(PORT, requestText("GET", "/api/health"))).status).toBe(200);
    expect((await rawRequest(PORT, requestText("PUT", "/api/newsletter/subscribe"))).status).toBe(
      405,
    );
    expect(output).not.toMatch(/TypeError|HTTP method is unsupported|\n\s+at /);
  } finally {
    killNow(server);
    await waitForExit(server);
    rmSync(dir, { recursive: true, force: true });
  }
});
