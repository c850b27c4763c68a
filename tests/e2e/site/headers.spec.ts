import { expect, test } from "@playwright/test";

const SEED =
  "/uutiset/2023/rikoksentorjuntakilpailun-voitti-rikosuhripaivystyksen-ihmiskaupan-uhrien-erityistukipalvelu";

const RESPONSES = [
  ["/", 200],
  [SEED, 200],
  ["/uutiset", 200],
  ["/feed.xml", 200],
  ["/atom.xml", 200],
  ["/sitemap.xml", 200],
  ["/robots.txt", 200],
  ["/ei-ole-olemassa", 404],
] as const;

test.describe("security headers", () => {
  for (const [path, status] of RESPONSES) {
    test(`${path} answers ${status} with the security headers`, async ({ request }) => {
      const response = await request.get(path);
      expect(response.status()).toBe(status);
      const headers = response.headers();
      expect(headers["content-security-policy"]).toContain("default-src 'self'");
      expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
      expect(headers["content-security-policy"]).not.toContain("unsafe-eval");
      expect(headers["x-content-type-options"]).toBe("nosniff");
      expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
      expect(headers["permissions-policy"]).toContain("camera=()");
      expect(headers["x-frame-options"]).toBe("DENY");
      expect(headers["x-powered-by"]).toBeUndefined();
      expect(headers["cross-origin-opener-policy"]).toBeUndefined();
      // SITE_URL is http here: HSTS belongs to https sites only (tests/next-config.test.ts).
      expect(headers["strict-transport-security"]).toBeUndefined();
    });
  }

  for (const path of ["/uutiskirje/asetukset?token=x", "/api/health"]) {
    test(`${path} is also isolated from other windows (COOP)`, async ({ request }) => {
      const response = await request.get(path);
      expect(response.headers()["cross-origin-opener-policy"]).toBe("same-origin");
      expect(response.headers()["x-frame-options"]).toBe("DENY");
    });
  }
});

test.describe("not found", () => {
  for (const path of [
    "/uutiset/1999/x",
    "/uutiset/2023/ei-tallaista",
    "/aiheet/tuntematon",
    "/uutiset/sivu/999",
    "/uutiset/sivu/1",
    "/uutiset/2023/sivu/2",
    "/aiheet/talous/sivu/2",
    "/jotain/muuta",
  ]) {
    test(`${path} answers 404 with the Finnish not-found page`, async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      await expect(page.locator("h1")).toHaveText("Sivua ei löytynyt");
      await expect(page.getByRole("link", { name: "etusivulle" })).toHaveAttribute("href", "/");
    });
  }
});
