// `next start` copies the socket address into X-Forwarded-For only when the client sent none,
// so a client could pick its own rate-limit key. instrumentation.ts therefore stamps the
// socket address into this header on every request, overwriting whatever the client sent.
export const PEER_HEADER = "x-uutiskirje-peer";

// Gives the client's IP: the socket peer, or with `trustProxy` = n, the address the n-th
// proxy from us saw (X-Forwarded-For read from the right, as only our proxies append to it).
export function clientIp(headers: Headers, trustProxy: number): string {
  const forwarded = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  const peer = headers.get(PEER_HEADER) ?? forwarded[forwarded.length - 1] ?? "unknown";
  if (trustProxy === 0) return peer;
  const chain = headers.get(PEER_HEADER) ? [...forwarded, peer] : forwarded;
  return chain[chain.length - 1 - trustProxy] ?? chain[0] ?? peer;
}
