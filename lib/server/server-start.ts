import "server-only";
import { getEnv } from "@/lib/env";
import { stampPeerAddresses } from "@/lib/http/peer-address.mjs";
import { consoleLogger } from "@/lib/log";
import { startMailDelivery } from "./server";

// Starts what the server process runs besides requests: migrations and the delivery loop.
export async function startServerProcesses() {
  if (getEnv().NEXT_PHASE === "phase-production-build") return;
  // Also preloaded by `npm start`; here it covers a `next start` run without the preload.
  stampPeerAddresses();
  try {
    await startMailDelivery();
  } catch (error) {
    // The site's pages work without a database; sign-ups answer 503 until it is back.
    consoleLogger.error("newsletter start failed:", error instanceof Error ? error.message : error);
  }
}
