import type { Db } from "@/lib/db";
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
};
