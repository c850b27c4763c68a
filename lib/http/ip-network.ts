import { isIPv4, isIPv6 } from "node:net";

// IPv6 prefixes that carry an IPv4 address in their last 32 bits: IPv4-mapped (what a
// dual-stack socket reports for an IPv4 client) and the NAT64 well-known prefix (RFC 6052).
const EMBEDDED_IPV4 = ["0:0:0:0:0:ffff", "64:ff9b:0:0:0:0"];

// Gives the eight 16-bit groups of a valid IPv6 address ("2001:db8::1", "::ffff:192.0.2.1").
function ipv6Groups(address: string): number[] {
  // A trailing dotted quad ("::ffff:192.0.2.1") is the last two groups.
  let text = address;
  const quad = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(address);
  if (quad) {
    const [a, b, c, d] = quad.slice(1).map(Number) as [number, number, number, number];
    text = `${address.slice(0, quad.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head = "", tail] = text.split("::");
  const parse = (part: string) => (part ? part.split(":").map((group) => parseInt(group, 16)) : []);
  const front = parse(head);
  const back = parse(tail ?? "");
  return [...front, ...Array<number>(8 - front.length - back.length).fill(0), ...back];
}

// Gives the key the rate limit counts a client by: an IPv4 address as it is (also when written
// IPv4-mapped or with a port), an IPv6 address as its /64 network, since one subscriber line
// holds a whole /64 and would otherwise have 2^64 keys. Anything else comes back unchanged.
export function networkKey(address: string): string {
  const bare = address
    .replace(/^\[(.*)\](?::\d+)?$/, "$1")
    .replace(/^(\d+\.\d+\.\d+\.\d+):\d+$/, "$1")
    .replace(/%.*$/, "");
  if (isIPv4(bare)) return bare;
  if (!isIPv6(bare)) return address;
  const groups = ipv6Groups(bare);
  const hex = groups.map((n) => n.toString(16));
  if (EMBEDDED_IPV4.includes(hex.slice(0, 6).join(":"))) {
    return [groups[6]! >> 8, groups[6]! & 255, groups[7]! >> 8, groups[7]! & 255].join(".");
  }
  return `${hex.slice(0, 4).join(":")}::/64`;
}
