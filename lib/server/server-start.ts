import http from "node:http";
import { getEnv, ownServerOrigin } from "@/lib/env";
import { PEER_HEADER } from "@/lib/http/client-ip";
import { consoleLogger } from "@/lib/log";
import { getSearchIndex } from "@/lib/search/site-search";
import { dkimFromEnv } from "@/lib/mail";
import { startMailDelivery } from "./server";
import { startPublishing } from "./publishing";

// Copies each request's socket address into PEER_HEADER before Next sees the request, so the
// rate limiter keys on an address the client cannot choose (see lib/http/client-ip.ts).
function stampPeerAddress() {
  const flag = Symbol.for("uutiskirje.peer-stamp");
  const proto = http.Server.prototype as unknown as Record<symbol, boolean> & {
    emit: (...a: unknown[]) => boolean;
  };
  if (proto[flag]) return;
  proto[flag] = true;
  const emit = proto.emit;
  proto.emit = function (this: unknown, event: unknown, ...args: unknown[]) {
    if (event === "request") {
      const req = args[0] as http.IncomingMessage;
      req.headers[PEER_HEADER] = req.socket.remoteAddress ?? "unknown";
    }
    return emit.call(this, event, ...args);
  };
}

// Starts what the server process runs besides requests: migrations and the delivery loop.
export async function startServerProcesses() {
  const env = getEnv();
  if (env.NEXT_PHASE === "phase-production-build") return;
  // An unreadable or malformed DKIM key stops the start, as a bad variable does: better no
  // server than mail that fails DMARC.
  dkimFromEnv(env);
  stampPeerAddress();
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
