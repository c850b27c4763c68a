import { afterEach, describe, expect, it, vi } from "vitest";

// next.config.ts as `next build` evaluates it, with the configuration the build runs with.
async function configWith(vars: Record<string, string>) {
  for (const [name, value] of Object.entries(vars)) vi.stubEnv(name, value);
  vi.resetModules();
  const { default: config } = await import("@/next.config");
  const headers = await config.headers!();
  const everyPage = headers.find((rule) => rule.source === "/:path*")!.headers;
  return { config, everyPage: Object.fromEntries(everyPage.map((h) => [h.key, h.value])) };
}

describe("next.config.ts", () => {
  afterEach(() => vi.unstubAllEnvs());

  it("sends Strict-Transport-Security on every page of an https site", async () => {
    const { everyPage } = await configWith({ SITE_URL: "https://uutiskirje.example" });
    expect(everyPage["Strict-Transport-Security"]).toBe("max-age=31536000");
    expect(everyPage["X-Frame-Options"]).toBe("DENY");
  });

  it("leaves Strict-Transport-Security to the proxy with HSTS=off, and to nobody on http", async () => {
    const proxied = await configWith({ SITE_URL: "https://uutiskirje.example", HSTS: "off" });
    expect(proxied.everyPage).not.toHaveProperty("Strict-Transport-Security");
    const plain = await configWith({ SITE_URL: "http://localhost:3000" });
    expect(plain.everyPage).not.toHaveProperty("Strict-Transport-Security");
  });

  it("bakes the build's SITE_URL and HSTS into the server's code for the start-up check", async () => {
    const { config } = await configWith({ SITE_URL: "https://uutiskirje.example", HSTS: "off" });
    expect(JSON.parse(config.env!.UUTISKIRJE_BUILT_SETTINGS!)).toEqual({
      SITE_URL: "https://uutiskirje.example",
      HSTS: "off",
    });
  });
});
