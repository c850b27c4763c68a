import { getMailableArticles } from "../content/articles";
import type { Env } from "../env";
import { consoleLogger } from "../log";
import { waitForLiveLinks } from "../issue/live-links";
import { openConfiguredDatabase, openConfiguredTransport } from "./server";
import type { SendDeps } from "../issue/send-issue";
import { resolveTokenSecret } from "../subscription/token-secret";

// A claim's lease: renewed every 15 s while the run lives, so a run killed mid-way leaves
// claims that another run takes over within a minute; the SMTP timeouts (lib/mail/transport.ts)
// stay well under it.
export const SEND_LEASE_MS = 60_000;

// Gives everything `send` needs, built from the configuration: the migrated database, the
// pooled transport (the same builder as every other mail, one connection per concurrent
// hand-off), the published articles and the link signer.
export async function openSendDeps(env: Env): Promise<SendDeps & { close(): Promise<void> }> {
  const transport = openConfiguredTransport(env, {
    pool: true,
    maxConnections: env.NEWSLETTER_SEND_CONCURRENCY,
  });
  const db = await openConfiguredDatabase(env);
  return {
    db,
    transport,
    articles: getMailableArticles(),
    links: { siteUrl: env.SITE_URL, tokenSecret: resolveTokenSecret(env), clock: Date.now },
    log: consoleLogger,
    checkLinks: (urls) =>
      waitForLiveLinks(urls, {
        fetch,
        sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
        clock: Date.now,
        waitMs: env.NEWSLETTER_LINK_WAIT_SECONDS * 1000,
        intervalMs: 10_000,
      }),
    options: {
      concurrency: env.NEWSLETTER_SEND_CONCURRENCY,
      ratePerSecond: env.NEWSLETTER_SEND_RATE,
      retries: 4,
      retryBaseMs: 2000,
      leaseMs: SEND_LEASE_MS,
      batchSize: 100,
    },
    async close() {
      transport.close();
      await db.close();
    },
  };
}
