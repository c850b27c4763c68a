import { describe, expect, it } from "vitest";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { UNVERIFIED_PEER, clientIp } from "@/lib/http/client-ip";
import { PEER_HEADER, peerHeaderValue, stampPeerAddresses } from "@/lib/http/peer-address.mjs";
import { isCrossSite } from "@/lib/http/same-origin";

const SITE = "https://uutiskirje.example";
const post = (headers: Record<string, string>) =>
  new Request(`${SITE}/api/x`, { method: "POST", headers });

describe("isCrossSite", () => {
  it("lets the site's own pages post", () => {
    expect(isCrossSite(post({ origin: SITE, "sec-fetch-site": "same-origin" }), SITE)).toBe(false);
    expect(isCrossSite(post({ referer: `${SITE}/uutiskirje` }), SITE)).toBe(false);
  });

  it("lets a non-browser client without Origin, Referer or Sec-Fetch-Site post", () => {
    expect(isCrossSite(post({}), SITE)).toBe(false);
  });

  // A DNS-rebinding page is same-origin to the browser: its Origin and the Host it sends
  // name the attacker's domain, and Sec-Fetch-Site says same-origin.
  it("refuses an Origin that only matches the Host header, as a DNS-rebinding page sends", () => {
    const rebinding = {
      host: "evil.example",
      origin: "http://evil.example",
      "sec-fetch-site": "same-origin",
    };
    expect(isCrossSite(post(rebinding), SITE)).toBe(true);
    expect(
      isCrossSite(post({ origin: "http://127.0.0.1:3212", host: "127.0.0.1:3212" }), SITE),
    ).toBe(true);
  });

  it("refuses a Referer from elsewhere when Origin is absent, and an unreadable one", () => {
    expect(isCrossSite(post({ referer: "https://paha.example/lomake" }), SITE)).toBe(true);
    expect(isCrossSite(post({ referer: "http://uutiskirje.example/" }), SITE)).toBe(true);
    expect(isCrossSite(post({ referer: "ei osoite" }), SITE)).toBe(true);
  });

  it("accepts the further origins it is given (ALLOWED_ORIGINS), and only those", () => {
    const extra = ["http://127.0.0.1:3212"];
    const local = { origin: "http://127.0.0.1:3212", host: "127.0.0.1:3212" };
    expect(isCrossSite(post(local), SITE, extra)).toBe(false);
    expect(isCrossSite(post({ referer: "http://127.0.0.1:3212/uutiskirje" }), SITE, extra)).toBe(
      false,
    );
    expect(isCrossSite(post({ origin: "http://127.0.0.1:3213" }), SITE, extra)).toBe(true);
  });

  it("refuses other sites, same-site subdomains, other schemes and the opaque origin null", () => {
    expect(isCrossSite(post({ origin: "https://paha.example" }), SITE)).toBe(true);
    expect(isCrossSite(post({ origin: "https://sub.uutiskirje.example" }), SITE)).toBe(true);
    expect(isCrossSite(post({ origin: "http://uutiskirje.example" }), SITE)).toBe(true);
    expect(isCrossSite(post({ "sec-fetch-site": "same-site" }), SITE)).toBe(true);
    expect(isCrossSite(post({ "sec-fetch-site": "cross-site", origin: SITE }), SITE)).toBe(true);
    expect(isCrossSite(post({ origin: "null" }), SITE)).toBe(true);
  });
});

describe("clientIp", () => {
  it("uses the socket address and ignores X-Forwarded-For when no proxy is trusted", () => {
    const headers = new Headers({
      "x-forwarded-for": "203.0.113.9",
      [PEER_HEADER]: peerHeaderValue("192.0.2.1"),
    });
    expect(clientIp(headers, 0)).toBe("192.0.2.1");
  });

  it("gives one shared key, never a client-sent address, when the socket address was not stamped", () => {
    const forged = new Headers({ "x-forwarded-for": "203.0.113.9", [PEER_HEADER]: "203.0.113.9" });
    const tokenLike = new Headers({ [PEER_HEADER]: "0123456789abcdef 203.0.113.7" });
    expect(clientIp(forged, 0)).toBe(UNVERIFIED_PEER);
    expect(clientIp(tokenLike, 0)).toBe(UNVERIFIED_PEER);
    expect(clientIp(new Headers(), 0)).toBe(UNVERIFIED_PEER);
  });

  it("takes the address the trusted proxy saw, not what the client wrote further left", () => {
    const headers = new Headers({
      "x-forwarded-for": "6.6.6.6, 203.0.113.9",
      [PEER_HEADER]: peerHeaderValue("10.0.0.2"),
    });
    expect(clientIp(headers, 1)).toBe("203.0.113.9");
    expect(clientIp(headers, 2)).toBe("6.6.6.6");
  });

  it("behind a trusted proxy without a stamp, takes the entry the nearest proxy appended", () => {
    const headers = new Headers({ "x-forwarded-for": "6.6.6.6, 203.0.113.9" });
    expect(clientIp(headers, 1)).toBe("203.0.113.9");
    expect(clientIp(headers, 2)).toBe("6.6.6.6");
  });
});

describe("clientIp for IPv6 clients", () => {
  const from = (address: string, forwarded?: string) =>
    new Headers({
      [PEER_HEADER]: peerHeaderValue(address),
      ...(forwarded ? { "x-forwarded-for": forwarded } : {}),
    });

  it("counts every address of one /64 as one client, and another /64 apart", () => {
    const keys = [
      "2001:db8:1:2::1",
      "2001:db8:1:2:ffff:ffff:ffff:ffff",
      "2001:0db8:0001:0002:0:0:0:9",
      "2001:DB8:1:2::abcd",
      "[2001:db8:1:2::7]",
      "fe80::1%eth0",
    ].map((address) => clientIp(from(address), 0));
    expect(new Set(keys.slice(0, 5))).toEqual(new Set(["2001:db8:1:2::/64"]));
    expect(keys[5]).toBe("fe80:0:0:0::/64");
    expect(clientIp(from("2001:db8:1:3::1"), 0)).toBe("2001:db8:1:3::/64");
    expect(clientIp(from("::1"), 0)).toBe("0:0:0:0::/64");
  });

  it("counts the /64 the trusted proxy saw", () => {
    const headers = from("10.0.0.2", "2001:db8:aa:bb:1:2:3:4");
    expect(clientIp(headers, 1)).toBe("2001:db8:aa:bb::/64");
  });

  it("keeps an IPv4 client's own address, also IPv4-mapped, through NAT64 or with a port", () => {
    expect(clientIp(from("::ffff:192.0.2.1"), 0)).toBe("192.0.2.1");
    expect(clientIp(from("::ffff:c000:202"), 0)).toBe("192.0.2.2");
    expect(clientIp(from("64:ff9b::198.51.100.7"), 0)).toBe("198.51.100.7");
    expect(clientIp(from("10.0.0.2", "203.0.113.9:51234"), 1)).toBe("203.0.113.9");
    expect(clientIp(from("192.0.2.1"), 0)).toBe("192.0.2.1");
  });
});

describe("stampPeerAddresses", () => {
  it("overwrites a client-sent peer header with the socket address of a real request", async () => {
    stampPeerAddresses();
    const server = http.createServer((req, res) => {
      const headers = new Headers(req.headers as Record<string, string>);
      res.end(clientIp(headers, 0));
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    try {
      const response = await fetch(`http://127.0.0.1:${port}/`, {
        headers: { [PEER_HEADER]: peerHeaderValue("203.0.113.5"), "x-forwarded-for": "6.6.6.6" },
      });
      expect(await response.text()).toBe("127.0.0.1");
    } finally {
      server.close();
    }
  });
});
