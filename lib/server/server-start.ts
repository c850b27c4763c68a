import "server-only";
import { getEnv, ownServerOrigin, type Env } from "@/lib/env";
import { guardMethods, setGuardHeaders } from "@/lib/http/method-guard.mjs";
import { stampPeerAddresses } from "@/lib/http/peer-address.mjs";
import { consoleLogger } from "@/lib/log";
import { securityHeaders } from "@/lib/security-headers";
import { dkimFromEnv } from "@/lib/mail";
import { checkBuildSettings } from "./build-settings";
import { startMailDelivery } from "./server";
import { startPublishing } from "./publishing";
import { startSiteSearchRefresh } from "./search-refresh";

// Checks what must hold before the server answers anyone, or stops the process with exit code 1
// and the reason: Next itself would log an error thrown from register() and go on answering
// every request with a 500. A build made with another SITE_URL would serve pages naming another
// site; an unreadable or malformed DKIM key would send mail that fails DMARC.
function checkConfiguration(env: Env) {
  try {
    checkBuildSettings(env);
    dkimFromEnv(env);
  } catch (error) {
    consoleLogger.error(
      `server not started: ${error instanceof Error ? error.message : String(error)}`,
    );
    process.exit(1);
  }
}

// Starts what the server process runs besides requests: migrations and the delivery loop.
export async function startServerProcesses() {
  const env = getEnv();
  if (env.NEXT_PHASE === "phase-production-build") return;
  checkConfiguration(env);
  // Also preloaded by `npm start`; here they cover a `next start` run without the preload.
  stampPeerAddresses();
  guardMethods();
  setGuardHeaders(securityHeaders(env));
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
