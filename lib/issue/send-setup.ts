import fs from "node:fs";
import { getAllArticles } from "../content/articles";
import type { Env } from "../env";
import { consoleLogger } from "../log";
import { waitForLiveLinks } from "./live-links";
import { createMailTransport, type DkimOptions } from "../mail/transport";
import { openConfiguredDatabase, transportOptions } from "../server/server";
import type { SendDeps } from "./send-issue";
import { resolveTokenSecret } from "../subscription/token-secret";

// Gives nodemailer's DKIM options when DKIM_DOMAIN, DKIM_SELECTOR and a key are all set,
// undefined when none is; a partial set is a mistake that would send unsigned mail, so it throws.
export function dkimFromEnv(env: Env): DkimOptions | undefined {
  const key = env.DKIM_PRIVATE_KEY
    ? env.DKIM_PRIVATE_KEY.replace(/\\n/g, "\n")
    : env.DKIM_PRIVATE_KEY_FILE && fs.readFileSync(env.DKIM_PRIVATE_KEY_FILE, "utf8");
  const parts = {
    DKIM_DOMAIN: env.DKIM_DOMAIN,
    DKIM_SELECTOR: env.DKIM_SELECTOR,
    DKIM_PRIVATE_KEY: key,
  };
  const missing = Object.entries(parts)
    .filter(([, v]) => !v)
    .map(([name]) => name);
  if (missing.length === 3) return undefined;
  if (missing.length)
    throw new Error(`DKIM is half configured: set ${missing.join(", ")} as well (or none of them)`);
  return { domainName: env.DKIM_DOMAIN!, keySelector: env.DKIM_SELECTOR!, privateKey: key! };
}

// Gives everything `send` needs, built from the configuration: the migrated database, a pooled
// transport (DKIM-signing when configured), the published articles and the link signer.
export async function openSendDeps(env: Env): Promise<SendDeps & { close(): Promise<void> }> {
  const dkim = dkimFromEnv(env);
  const db = await openConfiguredDatabase(env);
  const transport = createMailTransport({ ...transportOptions(env), pool: true, dkim });
  return {
    db,
    transport,
    articles: getAllArticles(),
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
      leaseMs: 10 * 60_000,
    },
    async close() {
      transport.close();
      await db.close();
    },
  };
}
