import { networkKey } from "./ip-network";
import { PEER_HEADER, stampedPeerAddress } from "./peer-address.mjs";

// The rate-limit key of a request whose socket address we did not stamp (see peer-address.mjs):
// one shared key, because any header such a request carries may have been written by the client.
export const UNVERIFIED_PEER = "unverified";

// Gives the client as the rate limit counts it (see networkKey: an IPv6 client by its /64): the
// socket peer, or with `trustProxy` = n, the address the n-th proxy from us saw
// (X-Forwarded-For read from the right, as only our proxies append to it).
export function clientIp(headers: Headers, trustProxy: number): string {
  const address = clientAddress(headers, trustProxy);
  return address === UNVERIFIED_PEER ? address : networkKey(address);
}

function clientAddress(headers: Headers, trustProxy: number): string {
  const peer = stampedPeerAddress(headers.get(PEER_HEADER));
  if (trustProxy === 0) return peer ?? UNVERIFIED_PEER;
  const forwarded = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  // Unstamped, the nearest proxy's entry is the last one Next left in X-Forwarded-For.
  const chain = peer ? [...forwarded, peer] : forwarded;
  const offset = peer ? trustProxy : trustProxy - 1;
  return chain[chain.length - 1 - offset] ?? chain[0] ?? peer ?? UNVERIFIED_PEER;
}
