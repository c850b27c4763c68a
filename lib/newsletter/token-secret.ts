import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

// Gives TOKEN_SECRET; in development, one generated once and kept in `<dataDir>/token-secret`
// so that links in mails keep working across restarts. Production must set it explicitly:
// a secret that silently changes per machine would break every link already sent.
export function resolveTokenSecret(env: {
  NODE_ENV: string;
  TOKEN_SECRET?: string;
  DATA_DIR: string;
}): string {
  if (env.TOKEN_SECRET) return env.TOKEN_SECRET;
  if (env.NODE_ENV === "production") {
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
