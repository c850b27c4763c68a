import os from "node:os";
import path from "node:path";

// The SITE_URL every e2e build and server runs with (`npm run build` uses the same default).
export const E2E_SITE_URL = "http://localhost:3000";

// Where the e2e server keeps its database and outbox; shared by playwright.config.ts and specs.
const port = Number(process.env.E2E_PORT ?? 3210);
export const E2E_DATA_DIR = path.join(os.tmpdir(), `newsletter-e2e-${port}`);
export const E2E_DATABASE_FILE = path.join(E2E_DATA_DIR, "site.db");
export const E2E_OUTBOX_DIR = path.join(E2E_DATA_DIR, "outbox");
export const E2E_TOKEN_SECRET = "e2e-token-secret-0123456789abcdef0123456789";

export const newsletterServerEnv = {
  DATABASE_URL: `file:${E2E_DATABASE_FILE}`,
  MAIL_OUTBOX_DIR: E2E_OUTBOX_DIR,
  TOKEN_SECRET: E2E_TOKEN_SECRET,
  MAIL_DELIVERY_INTERVAL_MS: "200",
  SIGNUP_RATE_LIMIT: "500",
};
