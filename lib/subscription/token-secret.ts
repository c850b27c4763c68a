import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

const LOOPBACK = new Set(["localhost", "127.0.0.1", "[::1]"]);

// Gives TOKEN_SECRET; in development, one generated once and kept in `<dataDir>/token-secret`
// so that links in mails keep working across restarts. A production deployment (NODE_ENV
// production and a public SITE_URL) must set it: a secret that silently differs per machine
// would break every link already sent. `npm start` on localhost is a trial, not a deployment.
export function resolveTokenSecret(env: {
  NODE_ENV: string;
  TOKEN_SECRET?: string;
  DATA_DIR: string;
  SITE_URL: string;
}): string {
  if (env.TOKEN_SECRET) return env.TOKEN_SECRET;
  if (env.NODE_ENV === "production" && !LOOPBACK.has(new URL(env.SITE_URL).hostname)) {
    throw new Error("TOKEN_SECRET is required in production (at least 32 random characters)");
  }
  const file = path.join(env.DATA_DIR, "token-secret");
  try {
    return fs.readFileSync(file, "utf8").trim();
  } catch {
    fs.mkdirSync(env.DATA_DIR, { recursive: true });
    const secret = randomBytes(32).toString("base64url");
    try {
      fs.writeFileSync(file, secret, { mode: 0o600, flag: "wx" });
      return secret;
    } catch {
      // Another process wrote it first: use theirs.
      return fs.readFileSync(file, "utf8").trim();
    }
  }
}
