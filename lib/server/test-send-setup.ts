import { getMailableArticles } from "../content/articles";
import { findSubscriberByEmail } from "../db";
import type { Env } from "../env";
import { waitForLiveLinks } from "../issue/live-links";
import type { TestSendDeps } from "../issue/test-send";
import { resolveTokenSecret } from "../subscription/token-secret";
import { openConfiguredDatabase, openConfiguredTransport } from "./server";

// Gives what `newsletter test-send` needs, built from the configuration as the send's are
// (lib/server/send-setup.ts): the one transport (unpooled: a handful of mails), the database
// only to find whether a recipient is a confirmed reader, and a link check that asks once.
export async function openTestSendDeps(
  env: Env,
): Promise<TestSendDeps & { close(): Promise<void> }> {
  const db = await openConfiguredDatabase(env);
  const transport = openConfiguredTransport(env);
  return {
    articles: getMailableArticles(),
    transport,
    links: { siteUrl: env.SITE_URL, tokenSecret: resolveTokenSecret(env), clock: Date.now },
    findReader: async (email) => {
      const reader = await findSubscriberByEmail(db, email);
      return reader?.status === "confirmed" ? reader : null;
    },
    checkLinks: (urls) =>
      waitForLiveLinks(urls, {
        fetch,
        sleep: async () => undefined,
        clock: Date.now,
        waitMs: 0,
        intervalMs: 0,
      }),
    async close() {
      transport.close();
      await db.close();
    },
  };
}
