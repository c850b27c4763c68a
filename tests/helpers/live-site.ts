import http from "node:http";
import type { AddressInfo } from "node:net";

export type LiveSite = {
  origin: string;
  live: Set<string>; // paths that answer 200; everything else answers 404
  requests: string[];
  close(): Promise<void>;
};

// A stand-in for the running site: a real HTTP server on 127.0.0.1 that answers 200 for the
// paths a test puts in `live` and 404 for the rest, so the send's link check has a site to ask.
export async function startLiveSite(live: Iterable<string> = []): Promise<LiveSite> {
  const site: Omit<LiveSite, "origin" | "close"> = { live: new Set(live), requests: [] };
  const server = http.createServer((request, response) => {
    const path = new URL(request.url ?? "/", "http://x").pathname;
    site.requests.push(path);
    response.statusCode = site.live.has(path) ? 200 : 404;
    response.end(site.live.has(path) ? "ok" : "Sivua ei löytynyt");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    ...site,
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
