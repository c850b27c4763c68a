import os from "node:os";
import path from "node:path";
import { defineConfig, devices } from "@playwright/test";
import { E2E_SITE_URL, newsletterServerEnv } from "./tests/e2e/newsletter-env";

// Specs such as crash.spec.ts read the database through lib/db, whose modules are marked
// server-only: the runner (npm run test:e2e sets NODE_OPTIONS) and its workers resolve the
// marker's react-server (empty) export. Servers get the options without that condition, since
// React's server rendering needs the default ones.
const REACT_SERVER = "--conditions=react-server";
process.env.E2E_SERVER_NODE_OPTIONS ??= (process.env.NODE_OPTIONS ?? "")
  .replace(REACT_SERVER, "")
  .trim();
if (!process.env.NODE_OPTIONS?.includes(REACT_SERVER)) {
  process.env.NODE_OPTIONS = `${process.env.E2E_SERVER_NODE_OPTIONS} ${REACT_SERVER}`.trim();
}
const serverNodeOptions = { NODE_OPTIONS: process.env.E2E_SERVER_NODE_OPTIONS };

const port = Number(process.env.E2E_PORT ?? 3210);
// The fixture site (tests/e2e/fixture-site) runs on a second port; E2E_FIXTURE_PORT sets it.
const fixturePort = Number(process.env.E2E_FIXTURE_PORT ?? port + 100);
const baseURL = `http://127.0.0.1:${port}`;
const fixtureURL = `http://127.0.0.1:${fixturePort}`;
// SITE_URL deliberately differs from the address the tests use, so any absolute URL taken
// from the request instead of SITE_URL shows up. The forms check a post's Origin against
// SITE_URL's only (never the Host header), so each server names the address the browser
// really uses in ALLOWED_ORIGINS.
const serverEnv = { NEXT_TELEMETRY_DISABLED: "1", SITE_URL: E2E_SITE_URL };
// The fixture site keeps its subscribers and outbox apart from the main site's.
const fixtureDataDir = path.join(os.tmpdir(), `newsletter-e2e-fixture-${fixturePort}`);
const fixtureNewsletterEnv = {
  ...newsletterServerEnv,
  DATABASE_URL: `file:${path.join(fixtureDataDir, "site.db")}`,
  MAIL_OUTBOX_DIR: path.join(fixtureDataDir, "outbox"),
};

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: process.env.CI ? "line" : "list",
  timeout: 30_000,
  use: {
    trace: "retain-on-failure",
    launchOptions: {
      // Debian's Chromium: Playwright's own browser download cannot work offline.
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  projects: [
    {
      name: "site",
      testIgnore: /fixture-site\//,
      use: { ...devices["Desktop Chrome"], baseURL },
    },
    {
      name: "fixture-site",
      testMatch: /fixture-site\/.*\.spec\.ts/,
      use: { ...devices["Desktop Chrome"], baseURL: fixtureURL },
    },
  ],
  webServer: [
    {
      command: `npm start -- -H 127.0.0.1 -p ${port}`,
      url: `${baseURL}/`,
      reuseExistingServer: false,
      timeout: 60_000,
      env: {
        ...serverEnv,
        ...newsletterServerEnv,
        ...serverNodeOptions,
        ALLOWED_ORIGINS: baseURL,
      },
    },
    {
      // Builds the fixture site first (about half a minute), then serves it.
      command: `npx tsx tests/e2e/support/build-fixture-site.ts && npm start -- -H 127.0.0.1 -p ${fixturePort}`,
      url: `${fixtureURL}/`,
      reuseExistingServer: false,
      timeout: 300_000,
      env: {
        ...serverEnv,
        ...serverNodeOptions,
        ...fixtureNewsletterEnv,
        ALLOWED_ORIGINS: fixtureURL,
        CONTENT_DIR: ".e2e/content",
        NEXT_DIST_DIR: ".next-e2e",
      },
    },
  ],
});
