import { describe, expect, it } from "vitest";
import {
  contentSecurityPolicy,
  securityHeaders,
  PREVIEW_PATHS,
  previewHeaders,
  SUBSCRIBER_PATHS,
  subscriberHeaders,
} from "@/lib/security-headers";

const PRODUCTION = {
  NODE_ENV: "production",
  SITE_URL: "http://localhost:3000",
  HSTS: "on",
} as const;
const byName = (list: { key: string; value: string }[]) =>
  Object.fromEntries(list.map((h) => [h.key, h.value]));

const directives = (policy: string) =>
  Object.fromEntries(policy.split("; ").map((d) => [d.split(" ")[0], d.split(" ").slice(1)]));

describe("securityHeaders", () => {
  it("allows scripts, styles, fonts and connections only from the site itself in production", () => {
    const csp = directives(contentSecurityPolicy(false));
    expect(csp["default-src"]).toEqual(["'self'"]);
    expect(csp["script-src"]).toEqual(["'self'", "'unsafe-inline'"]);
    expect(csp["connect-src"]).toEqual(["'self'"]);
    expect(csp["frame-ancestors"]).toEqual(["'none'"]);
    expect(csp["object-src"]).toEqual(["'none'"]);
  });

  it("adds eval and the dev-server socket only in development", () => {
    expect(contentSecurityPolicy(false)).not.toMatch(/unsafe-eval|ws:/);
    expect(contentSecurityPolicy(true)).toMatch(/'unsafe-eval'.*ws:/);
  });

  it("sends nosniff, a referrer policy, a permissions policy and frame protection", () => {
    const headers = byName(securityHeaders(PRODUCTION));
    expect(headers).toMatchObject({
      "X-Content-Type-Options": "nosniff",
      "Referrer-Policy": "strict-origin-when-cross-origin",
      "X-Frame-Options": "DENY",
    });
    expect(headers["Permissions-Policy"]).toContain("camera=()");
  });

  it("isolates the subscriber pages and the API from other windows, not the reading pages", () => {
    const opener = (list: { key: string; value: string }[]) =>
      list.find((h) => h.key === "Cross-Origin-Opener-Policy")?.value;
    expect(opener(subscriberHeaders())).toBe("same-origin");
    expect(opener(securityHeaders(PRODUCTION))).toBeUndefined();
    expect(SUBSCRIBER_PATHS).toEqual(["/uutiskirje/:path*", "/api/:path*"]);
  });

  it("keeps preview pages out of search engines and other windows", () => {
    expect(byName(previewHeaders())).toEqual({
      "Cross-Origin-Opener-Policy": "same-origin",
      "X-Robots-Tag": "noindex",
    });
    expect(PREVIEW_PATHS).toEqual(["/esikatselu/:path*"]);
    expect(byName(securityHeaders(PRODUCTION))).not.toHaveProperty("X-Robots-Tag");
  });

  it("sends Strict-Transport-Security for a year when SITE_URL is https", () => {
    const https = { ...PRODUCTION, SITE_URL: "https://uutiskirje.example" };
    expect(byName(securityHeaders(https))["Strict-Transport-Security"]).toBe("max-age=31536000");
  });

  it("sends no Strict-Transport-Security for an http SITE_URL, or with HSTS=off", () => {
    expect(byName(securityHeaders(PRODUCTION))).not.toHaveProperty("Strict-Transport-Security");
    const proxied = { ...PRODUCTION, SITE_URL: "https://uutiskirje.example", HSTS: "off" } as const;
    expect(byName(securityHeaders(proxied))).not.toHaveProperty("Strict-Transport-Security");
  });
});
