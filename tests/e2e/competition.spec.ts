import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";

const SEED =
  "/uutiset/2023/rikoksentorjuntakilpailun-voitti-rikosuhripaivystyksen-ihmiskaupan-uhrien-erityistukipalvelu";

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations).toEqual([]);
}

async function jsonLdTypes(page: Page): Promise<unknown[]> {
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
  return blocks.map((b) => JSON.parse(b));
}

test("the competition page is in the main navigation and shows the latest result first", async ({
  page,
}) => {
  await page.goto("/");
  await page
    .getByRole("navigation", { name: "Päävalikko" })
    .getByRole("link", { name: "Rikoksentorjuntakilpailu" })
    .click();
  await expect(page).toHaveURL(/\/rikoksentorjuntakilpailu$/);
  await expect(page.locator("h1")).toHaveText("Kansallinen rikoksentorjuntakilpailu");
  const latest = page.getByRole("region", { name: "Uusin tulos: kilpailu 2023" });
  await expect(latest).toContainText("Ihmiskaupan uhrien erityistukipalvelu");
  await expect(latest).toContainText("Mercadoria Humana 4");
  await expect(
    latest.getByRole("link", { name: "EUCPN – Portugal, Mercadoria Humana 4" }),
  ).toHaveAttribute("href", /eucpn\.org\/document\/portugal-mercadoria-humana-4/);
  await expectNoAxeViolations(page);
});

test("every statement on the competition page links its source", async ({ page }) => {
  await page.goto("/rikoksentorjuntakilpailu");
  for (const heading of [
    "Järjestäjä",
    "Vuoden teema",
    "Aikataulu",
    "Raati ja arviointiperusteet",
    "Euroopan rikoksentorjuntakilpailu (ECPA)",
  ]) {
    const paragraphs = page.getByRole("region", { name: heading }).locator("p");
    expect(await paragraphs.count()).toBeGreaterThan(0);
    for (const paragraph of await paragraphs.all()) {
      await expect(paragraph.locator('a[href^="http"]').first()).toBeVisible();
    }
  }
  await expect(
    page
      .getByRole("link", { name: "Rikoksentorjuntaneuvosto – Euroopan rikoksentorjuntakilpailu" })
      .first(),
  ).toHaveAttribute("href", "https://rikoksentorjunta.fi/euroopan-rikoksentorjuntakilpailu");
});

test("the timeline lists every year on file and links each year's page", async ({ page }) => {
  await page.goto("/rikoksentorjuntakilpailu");
  const timeline = page.getByRole("region", { name: "Kilpailuvuodet" });
  for (const year of [2023, 2022, 2021, 2014]) {
    await expect(timeline.getByRole("link", { name: `Kilpailu ${year}` })).toHaveAttribute(
      "href",
      `/rikoksentorjuntakilpailu/${year}`,
    );
  }
  await page.goto("/rikoksentorjuntakilpailu/2022");
  await expect(page.locator("h1")).toHaveText("Rikoksentorjuntakilpailu 2022");
  await expect(page.locator("main")).toContainText("Sörnäisissä");
  await expectNoAxeViolations(page);
});

test("the 2023 page and the seed article link each other", async ({ page }) => {
  await page.goto("/rikoksentorjuntakilpailu/2023");
  await expect(page.locator("h1")).toHaveText("Rikoksentorjuntakilpailu 2023");
  await page.getByRole("region", { name: "Uutiset kilpailusta" }).getByRole("link").click();
  await expect(page).toHaveURL(new RegExp(`${SEED}$`));
  const backlink = page
    .getByRole("complementary", { name: "Lue lisää kilpailusta" })
    .getByRole("link");
  await expect(backlink).toHaveAttribute("href", "/rikoksentorjuntakilpailu/2023");
  await expect(page.getByRole("region", { name: "Päivitykset" })).toContainText(
    "Mercadoria Humana 4",
  );
});

test("the 2023 page carries an Event for the award ceremony and a breadcrumb trail", async ({
  page,
}) => {
  await page.goto("/rikoksentorjuntakilpailu/2023");
  const data = await jsonLdTypes(page);
  expect(data).toContainEqual(
    expect.objectContaining({ "@type": "Event", startDate: "2023-12-13", endDate: "2023-12-14" }),
  );
  expect(data).toContainEqual(
    expect.objectContaining({
      "@type": "BreadcrumbList",
      itemListElement: [
        expect.objectContaining({ position: 1, item: "http://localhost:3000/" }),
        expect.objectContaining({
          position: 2,
          item: "http://localhost:3000/rikoksentorjuntakilpailu",
        }),
        expect.objectContaining({
          position: 3,
          item: "http://localhost:3000/rikoksentorjuntakilpailu/2023",
        }),
      ],
    }),
  );
  await expect(page.getByRole("navigation", { name: "Murupolku" })).toBeVisible();
  await expectNoAxeViolations(page);
});

test("a year that is not on file is not found", async ({ request }) => {
  expect((await request.get("/rikoksentorjuntakilpailu/2010")).status()).toBe(404);
});

test("the sitemap lists the competition page and every year on file", async ({ request }) => {
  const xml = await (await request.get("/sitemap.xml")).text();
  for (const path of ["", "/2023", "/2022", "/2021", "/2014"]) {
    expect(xml).toContain(`<loc>http://localhost:3000/rikoksentorjuntakilpailu${path}</loc>`);
  }
});
