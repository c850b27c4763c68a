import { describe, expect, it } from "vitest";
import { PEER_HEADER, clientIp } from "@/lib/http/client-ip";
import { isCrossSite } from "@/lib/http/same-origin";

const SITE = "https://uutiskirje.example";
const post = (headers: Record<string, string>) =>
  new Request(`${SITE}/api/x`, { method: "POST", headers });

describe("isCrossSite", () => {
  it("lets the site's own pages post", () => {
    expect(isCrossSite(post({ origin: SITE, "sec-fetch-site": "same-origin" }), SITE)).toBe(false);
  });

  it("lets a non-browser client without Origin or Sec-Fetch-Site post", () => {
    expect(isCrossSite(post({}), SITE)).toBe(false);
  });

  it("accepts the server reached under another name when Origin matches its Host", () => {
    expect(
      isCrossSite(post({ origin: "http://127.0.0.1:3212", host: "127.0.0.1:3212" }), SITE),
    ).toBe(false);
  });

  it("refuses other sites, same-site subdomains and the opaque origin null", () => {
    expect(isCrossSite(post({ origin: "https://paha.example" }), SITE)).toBe(true);
    expect(isCrossSite(post({ "sec-fetch-site": "same-site" }), SITE)).toBe(true);
    expect(isCrossSite(post({ origin: "null" }), SITE)).toBe(true);
  });
});

describe("clientIp", () => {
  it("uses the socket address and ignores X-Forwarded-For when no proxy is trusted", () => {
    const headers = new Headers({ "x-forwarded-for": "203.0.113.9", [PEER_HEADER]: "192.0.2.1" });
    expect(clientIp(headers, 0)).toBe("192.0.2.1");
  });

  it("takes the address the trusted proxy saw, not what the client wrote further left", () => {
    const headers = new Headers({
      "x-forwarded-for": "6.6.6.6, 203.0.113.9",
      [PEER_HEADER]: "10.0.0.2",
    });
    expect(clientIp(headers, 1)).toBe("203.0.113.9");
    expect(clientIp(headers, 2)).toBe("6.6.6.6");
  });
});
