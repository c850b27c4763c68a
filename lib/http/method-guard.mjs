// Plain JavaScript on purpose: `npm start` preloads this file (lib/http/peer-address-preload.mjs)
// before Next and any TypeScript loader exist.
//
// Why this exists: Next builds a Web `Request` for proxy.ts and every route handler, and the
// Fetch standard forbids TRACE, so for TRACE Next answered 500 with a stack trace in the log
// per request (and, under proxy.ts, without the security headers); WebDAV and other methods
// got pages with 200, 400 or 405 depending on the route. Neither proxy.ts nor a route ever sees
// such a request, and `next start` has no option for it, so the one place to answer is in front
// of Next's request listener. Node's `http.server.request.start` diagnostics channel names the
// server before it emits 'request' for the first time; the guard then takes Next's listeners
// and calls them itself for the methods Next answers. (A custom server would do the same and
// give up `next start`.)
import diagnostics from "node:diagnostics_channel";

// Next answers these itself: the site's GET, HEAD and POST, OPTIONS, and 405 for the others.
const ANSWERED_BY_NEXT = new Set(["GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS"]);
const BODY = "Palvelin ei tue tätä pyyntötapaa.\n";
// The security headers come from lib/security-headers.ts through server-start.ts, once the
// server has started; a request that arrives before waits for them, as Next's own requests do.
const HEADERS_WAIT_MS = 30_000;
const STATE = Symbol.for("uutiskirje.method-guard");

function state() {
  globalThis[STATE] ??= { guarding: false, headers: null, waiting: [], servers: new WeakSet() };
  return globalThis[STATE];
}

async function notImplemented(request, response) {
  const s = state();
  request.resume(); // read and drop the body: it is never echoed (cross-site tracing)
  const headers =
    s.headers ??
    (await new Promise((resolve) => {
      s.waiting.push(resolve);
      setTimeout(() => resolve([]), HEADERS_WAIT_MS).unref();
    }));
  response.writeHead(501, [
    ...headers.flatMap(({ key, value }) => [key, value]),
    ...["Content-Type", "text/plain; charset=utf-8", "Cache-Control", "no-store"],
    ...["Content-Length", String(Buffer.byteLength(BODY))],
  ]);
  response.end(BODY);
}

function guard(server) {
  const nextListeners = server.listeners("request");
  server.removeAllListeners("request");
  server.on("request", (request, response) => {
    if (!ANSWERED_BY_NEXT.has(request.method)) return void notImplemented(request, response);
    for (const listener of nextListeners) listener.call(server, request, response);
  });
}

// Starts answering 501 Not Implemented (RFC 9110 §15.6.2) to every method Next does not
// answer, on every HTTP server of this process (once a process).
export function guardMethods() {
  const s = state();
  if (s.guarding) return;
  s.guarding = true;
  diagnostics.subscribe("http.server.request.start", ({ server }) => {
    if (s.servers.has(server)) return;
    s.servers.add(server);
    guard(server);
  });
}

// Gives the guard the headers every answer carries ({ key, value } as in next.config.ts).
export function setGuardHeaders(headers) {
  const s = state();
  s.headers = headers;
  for (const resolve of s.waiting.splice(0)) resolve(headers);
}
