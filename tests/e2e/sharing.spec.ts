import { expect, test, type APIRequestContext } from "@playwright/test";

const SEED =
  "/uutiset/2023/rikoksentorjuntakilpailun-voitti-rikosuhripaivystyksen-ihmiskaupan-uhrien-erityistukipalvelu";
const SITE_URL = "http://localhost:3000"; // playwright.config.ts builds and serves with this
const CANONICAL = `${SITE_URL}${SEED}`;
const FORGED = {
  host: "evil.example",
  "x-forwarded-host": "evil.example",
  "x-forwarded-proto": "https",
};

async function metaTags(request: APIRequestContext, path: string) {
  const html = await (await request.get(path, { headers: FORGED })).text();
  const tags = new Map<string, string[]>();
  for (const [, key, content] of html.matchAll(
    /<meta (?:property|name)="([^"]+)" content="([^"]*)"/g,
  )) {
    tags.set(key!, [...(tags.get(key!) ?? []), content!.replaceAll("&amp;", "&")]);
  }
  return {
    html,
    one: (key: string) => tags.get(key)?.[0],
    all: (key: string) => tags.get(key) ?? [],
  };
}

// Width and height sit at bytes 16–23 of a PNG, in its IHDR chunk.
function pngSize(bytes: Buffer) {
  expect(bytes.subarray(0, 8)).toEqual(
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  );
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

async function expectShareCard(request: APIRequestContext, imageUrl: string) {
  expect(imageUrl.startsWith(`${SITE_URL}/`)).toBe(true);
  const url = new URL(imageUrl);
  const response = await request.get(`${url.pathname}${url.search}`);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("image/png");
  const bytes = await response.body();
  expect(pngSize(bytes)).toEqual({ width: 1200, height: 630 });
  expect(bytes.length).toBeLessThan(300 * 1024);
}

test("an article's tags describe it for link previews, with URLs from SITE_URL only", async ({
  request,
}) => {
  const tags = await metaTags(request, SEED);
  expect(tags.html).not.toContain("evil.example");
  expect(tags.one("og:type")).toBe("article");
  expect(tags.one("og:locale")).toBe("fi_FI");
  expect(tags.one("og:url")).toBe(CANONICAL);
  expect(tags.one("og:title")).toMatch(/^Rikoksentorjuntakilpailun voitti/);
  expect(tags.one("og:description")).toMatch(/^Rikoksentorjuntakilpailussa etsittiin/);
  expect(tags.one("og:site_name")).toBe("Juridiikan ja talouden uutiskirje");
  expect(tags.one("article:published_time")).toBe("2023-10-02");
  expect(tags.one("article:modified_time")).toBe("2026-11-28");
  expect(tags.one("article:section")).toBe("Juridiikka");
  expect(tags.all("article:tag")).toEqual(["Juridiikka", "Rikosoikeus"]);
  expect(tags.one("twitter:card")).toBe("summary_large_image");
  expect(tags.one("og:image")).toMatch(new RegExp(`^${CANONICAL}/opengraph-image`));
  expect(tags.one("og:image:width")).toBe("1200");
  expect(tags.one("og:image:height")).toBe("630");
});

test("an article's own share card is a 1200×630 PNG under 300 KB", async ({ request }) => {
  const tags = await metaTags(request, SEED);
  await expectShareCard(request, tags.one("og:image")!);
  await expectShareCard(request, tags.one("twitter:image")!);
});

test("Chromium decodes the article's share card and draws it on the brand colour", async ({
  page,
  request,
}) => {
  const url = new URL((await metaTags(request, SEED)).one("og:image")!);
  await page.goto(`${url.pathname}${url.search}`);
  const drawn = await page.evaluate(async () => {
    const image = document.images[0]!;
    await image.decode();
    const canvas = document.createElement("canvas");
    [canvas.width, canvas.height] = [image.naturalWidth, image.naturalHeight];
    const context = canvas.getContext("2d")!;
    context.drawImage(image, 0, 0);
    const hex = (x: number, y: number) =>
      `#${[...context.getImageData(x, y, 1, 1).data.slice(0, 3)].map((v) => v.toString(16).padStart(2, "0")).join("")}`;
    return {
      width: image.naturalWidth,
      height: image.naturalHeight,
      corner: hex(5, 5),
      bar: hex(80, 543),
    };
  });
  expect(drawn).toEqual({ width: 1200, height: 630, corner: "#0b3d5c", bar: "#f9d3b4" });
});

test("other pages share the site's default card", async ({ request }) => {
  for (const path of [
    "/",
    "/uutiset",
    "/rikoksentorjuntakilpailu",
    "/rikoksentorjuntakilpailu/2023",
  ]) {
    const tags = await metaTags(request, path);
    expect(tags.html).not.toContain("evil.example");
    expect(tags.one("og:locale")).toBe("fi_FI");
    expect(tags.one("og:image")).toMatch(new RegExp(`^${SITE_URL}/opengraph-image`));
    await expectShareCard(request, tags.one("og:image")!);
  }
});

test("plain share links carry the canonical URL and work without JavaScript", async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(SEED);
  const share = page.getByRole("region", { name: "Jaa artikkeli" });
  await expect(share.getByRole("button")).toHaveCount(0);
  const hrefs = await share
    .getByRole("link")
    .evaluateAll((links) => links.map((a) => a.getAttribute("href")!));
  expect(hrefs).toHaveLength(5);
  expect(hrefs[0]).toMatch(/^mailto:\?subject=Rikoksentorjuntakilpailun/);
  for (const href of hrefs) expect(href).toContain(encodeURIComponent(CANONICAL));
  await context.close();
});

test("without the Web Share API the button copies the canonical link and says so", async ({
  page,
  context,
  baseURL,
}) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: baseURL });
  await page.addInitScript(() => {
    delete (Navigator.prototype as { share?: unknown }).share;
  });
  await page.goto(SEED);
  const share = page.getByRole("region", { name: "Jaa artikkeli" });
  await share.getByRole("button", { name: "Kopioi linkki" }).click();
  await expect(share.getByRole("status")).toHaveText("Linkki kopioitu");
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(CANONICAL);
});

test("with the Web Share API the button hands the title and canonical URL to the share sheet", async ({
  page,
}) => {
  await page.addInitScript(() => {
    const w = window as unknown as { shared: ShareData[] };
    w.shared = [];
    Object.defineProperty(Navigator.prototype, "share", {
      configurable: true,
      value: async (data: ShareData) => void w.shared.push(data),
    });
  });
  await page.goto("/rikoksentorjuntakilpailu/2023");
  await page
    .getByRole("region", { name: "Jaa sivu" })
    .getByRole("button", { name: "Jaa…" })
    .click();
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { shared: ShareData[] }).shared))
    .toEqual([
      { title: "Rikoksentorjuntakilpailu 2023", url: `${SITE_URL}/rikoksentorjuntakilpailu/2023` },
    ]);
});

test("a section's self-link has a name, shows on focus and lands on the section", async ({
  page,
}) => {
  await page.goto(SEED);
  const anchor = page.locator("h2 a.heading-anchor").first();
  await expect(anchor).toHaveAccessibleName(/^Linkki kohtaan Raati arvosti/);
  await expect(anchor).toHaveCSS("opacity", "0");
  await anchor.focus();
  await expect(anchor).toHaveCSS("opacity", "1");
  await anchor.blur();
  await expect(anchor).toHaveCSS("opacity", "0");
  await anchor.locator("xpath=..").hover();
  await expect(anchor).toHaveCSS("opacity", "1");
  const href = await anchor.getAttribute("href");
  await page.goto(`${SEED}${href}`);
  await expect(page.locator(`h2${href}`)).toBeInViewport();
});
