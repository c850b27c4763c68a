import "server-only";
import { getEnv, ownServerOrigin } from "@/lib/env";
import { guardMethods, setGuardHeaders } from "@/lib/http/method-guard.mjs";
import { stampPeerAddresses } from "@/lib/http/peer-address.mjs";
import { consoleLogger } from "@/lib/log";
import { getSearchIndex } from "@/lib/search/site-search";
import { securityHeaders } from "@/lib/security-headers";
import { dkimFromEnv } from "@/lib/mail";
import { checkBuildSettings } from "./build-settings";
import { startMailDelivery } from "./server";
import { startPublishing } from "./publishing";

// Starts what the server process runs besides requests: migrations and the delivery loop.
export async function startServerProcesses() {
  const env = getEnv();
  if (env.NEXT_PHASE === "phase-production-build") return;
  checkBuildSettings(env);
  // An unreadable or malformed DKIM key stops the start, as a bad variable does: better no
  // server than mail that fails DMARC.
  dkimFromEnv(env);
  // Also preloaded by `npm start`; here they cover a `next start` run without the preload.
  stampPeerAddresses();
  guardMethods();
  setGuardHeaders(securityHeaders(env));
  // Built once the server is up, so the first search does not wait for it; later it is rebuilt
  // only when the published articles change (lib/search/site-search.ts).
  setImmediate(() => {
    try {
      getSearchIndex();
    } catch (error) {
      consoleLogger.error(
        "search index build failed:",
        error instanceof Error ? error.message : error,
      );
    }
  });
  startPublishing(ownServerOrigin);
  try {
    await startMailDelivery();
  } catch (error) {
    // The site's pages work without a database; sign-ups answer 503 until it is back.
    consoleLogger.error("newsletter start failed:", error instanceof Error ? error.message : error);
  }
}
