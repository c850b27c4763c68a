import type { RateLimiterAbstract } from "rate-limiter-flexible";
import type { Db, Frequency } from "@/lib/db";
import type { Logger } from "@/lib/log";

// What the newsletter functions need; built once in server.ts, by hand in tests.
export type NewsletterDeps = {
  db: Db;
  clock: () => number;
  siteUrl: string;
  siteName: string;
  tokenSecret: string;
  log: Logger;
  // Called after a commit that queued mail, to send it soon rather than at the next tick.
  onMailQueued?: () => void;
  // The path of the newest letter of this rhythm in the web archive (the welcome mail links
  // it), or null when none has come out yet; wired by the composition root (lib/server).
  newestIssuePath?: (frequency: Frequency) => string | null;
};

// The newsletter as the server runs it: the deps, the sign-up rate limiter (null when
// SIGNUP_RATE_LIMIT=0) and how many proxies stand in front (TRUST_PROXY).
export type NewsletterServer = {
  deps: NewsletterDeps;
  limiter: RateLimiterAbstract | null;
  trustProxy: number;
};
