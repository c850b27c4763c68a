import { request as httpRequest } from "node:http";
import { expect, test, type Page } from "@playwright/test";

const SITE_URL = "http://localhost:3000";
const SEED =
  "/uutiset/2023/rikoksentorjuntakilpailun-voitti-rikosuhripaivystyksen-ihmiskaupan-uhrien-erityistukipalvelu";

// Gives null when the text is well-formed XML, or the parser's complaint.
function xmlProblem(page: Page, text: string): Promise<string | null> {
  return page.evaluate((xml) => {
    const doc = new DOMParser().parseFromString(xml, "application/xml");
    return doc.querySelector("parsererror")?.textContent ?? null;
  }, text);
}

const FEEDS = [
  ["/feed.xml", "application/rss+xml"],
  ["/atom.xml", "application/atom+xml"],
  ["/aiheet/juridiikka/feed.xml", "application/rss+xml"],
  ["/aiheet/rikosoikeus/atom.xml", "application/atom+xml"],
] as const;

test.describe("feeds and discovery", () => {
  for (const [feed, type] of FEEDS) {
    test(`${feed} is well-formed ${type} listing the seed article`, async ({ page, request }) => {
      const response = await request.get(feed);
      expect(response.status()).toBe(200);
      expect(response.headers()["content-type"]).toContain(type);
      const body = await response.text();
      expect(await xmlProblem(page, body)).toBeNull();
      expect(body).toContain(`${SITE_URL}${SEED}`);
    });
  }

  test("sitemap.xml lists the pages with absolute URLs and robots.txt names it", async ({
    page,
    request,
  }) => {
    const sitemap = await (await request.get("/sitemap.xml")).text();
    expect(await xmlProblem(page, sitemap)).toBeNull();
    for (const path of ["/", "/uutiset", "/aiheet/juridiikka", "/uutiset/2023", SEED]) {
      expect(sitemap).toContain(`<loc>${SITE_URL}${path}</loc>`);
    }
    const robots = await (await request.get("/robots.txt")).text();
    expect(robots).toContain(`Sitemap: ${SITE_URL}/sitemap.xml`);
  });

  test("the article page carries canonical, feed links, Open Graph, Twitter and NewsArticle data", async ({
    page,
  }) => {
    await page.goto(SEED);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
      "href",
      `${SITE_URL}${SEED}`,
    );
    await expect(page.locator('link[rel="alternate"][type="application/rss+xml"]')).toHaveAttribute(
      "href",
      `${SITE_URL}/feed.xml`,
    );
    await expect(page.locator('meta[property="og:url"]')).toHaveAttribute(
      "content",
      `${SITE_URL}${SEED}`,
    );
    await expect(page.locator('meta[property="og:type"]')).toHaveAttribute("content", "article");
    await expect(page.locator('meta[property="og:site_name"]')).toHaveAttribute(
      "content",
      "Juridiikan ja talouden uutiskirje",
    );
    await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute(
      "content",
      "summary_large_image",
    );
    const jsonLd = JSON.parse(
      (await page.locator('script[type="application/ld+json"]').textContent()) ?? "{}",
    );
    expect(jsonLd).toMatchObject({
      "@type": "NewsArticle",
      datePublished: "2023-10-02",
      url: `${SITE_URL}${SEED}`,
      isBasedOn: { name: "oikeusministeriön tiedote", datePublished: "2023-10-02" },
    });
  });

  test("a topic page advertises its own feeds before the site's", async ({ page }) => {
    await page.goto("/aiheet/verotus");
    const rss = page.locator('link[rel="alternate"][type="application/rss+xml"]');
    await expect(rss).toHaveCount(2);
    await expect(rss.first()).toHaveAttribute("href", `${SITE_URL}/aiheet/verotus/feed.xml`);
    await expect(
      page.locator('link[rel="alternate"][type="application/atom+xml"]').first(),
    ).toHaveAttribute("href", `${SITE_URL}/aiheet/verotus/atom.xml`);
  });

  test("absolute URLs come from SITE_URL even when the request forges the Host header", async ({
    baseURL,
  }) => {
    const base = new URL(baseURL!);
    const fetchForged = (path: string) =>
      new Promise<string>((resolve, reject) => {
        const req = httpRequest(
          {
            host: base.hostname,
            port: base.port,
            path,
            headers: {
              Host: "evil.example",
              "X-Forwarded-Host": "evil.example",
              "X-Forwarded-Proto": "https",
            },
          },
          (res) => {
            let body = "";
            res.on("data", (chunk) => (body += chunk));
            res.on("end", () => resolve(body));
          },
        );
        req.on("error", reject);
        req.end();
      });
    for (const path of [
      SEED,
      "/",
      "/aiheet/juridiikka",
      "/feed.xml",
      "/atom.xml",
      "/sitemap.xml",
      "/robots.txt",
    ]) {
      const body = await fetchForged(path);
      expect(body, path).toContain(SITE_URL);
      expect(body, path).not.toContain("evil.example");
    }
  });
});
