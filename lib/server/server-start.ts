import "server-only";
import { getEnv, ownServerOrigin } from "@/lib/env";
import { stampPeerAddresses } from "@/lib/http/peer-address.mjs";
import { consoleLogger } from "@/lib/log";
import { dkimFromEnv } from "@/lib/mail";
import { startMailDelivery } from "./server";
import { startPublishing } from "./publishing";
import { startSiteSearchRefresh } from "./search-refresh";

// Starts what the server process runs besides requests: migrations and the delivery loop.
export async function startServerProcesses() {
  const env = getEnv();
  if (env.NEXT_PHASE === "phase-production-build") return;
  // An unreadable or malformed DKIM key stops the start, as a bad variable does: better no
  // server than mail that fails DMARC.
  dkimFromEnv(env);
  // Also preloaded by `npm start`; here it covers a `next start` run without the preload.
  stampPeerAddresses();
  // Built in the background from the start, so the first search does not wait; rebuilt at
  // 00:00 Helsinki while searches go on from the old index (lib/server/search-refresh.ts).
  startSiteSearchRefresh(consoleLogger);
  startPublishing(ownServerOrigin);
  try {
    await startMailDelivery();
  } catch (error) {
    // The site's pages work without a database; sign-ups answer 503 until it is back.
    consoleLogger.error("newsletter start failed:", error instanceof Error ? error.message : error);
  }
}
