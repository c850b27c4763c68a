import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";

test("the issue archive lists the seed article's issue and axe finds no violations", async ({
  page,
}) => {
  await page.goto("/uutiskirje/arkisto");
  await expect(page.locator("h1")).toHaveText("Uutiskirjeen arkisto");
  const link = page.getByRole("link", { name: "Uutiskirje maanantai 2.10.2023" });
  await expect(link).toHaveAttribute("href", "/uutiskirje/arkisto/2023-10-02");
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
});

test("the newsletter page leads to the issue archive", async ({ page }) => {
  await page.goto("/uutiskirje");
  await page.getByRole("link", { name: "uutiskirjeiden arkistosta" }).click();
  await expect(page).toHaveURL(/\/uutiskirje\/arkisto$/);
  await expect(page.locator("h1")).toHaveText("Uutiskirjeen arkisto");
});

test("the issue of 2.10.2023 shows the seed article under its topic and axe finds no violations", async ({
  page,
}) => {
  await page.goto("/uutiskirje/arkisto/2023-10-02");
  await expect(page.locator("h1")).toHaveText("Uutiskirje maanantai 2.10.2023");
  await expect(page.locator("h2", { hasText: "Juridiikka" })).toBeVisible();
  await expect(page.locator("h3 a")).toHaveText(/Rikoksentorjuntakilpailun voitti/);
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
});

test("a day without an issue is not found", async ({ page }) => {
  const response = await page.goto("/uutiskirje/arkisto/2023-10-03");
  expect(response?.status()).toBe(404);
});

test("the issue feed is RSS with the seed issue", async ({ request }) => {
  const response = await request.get("/uutiskirje/arkisto/feed.xml");
  expect(response.headers()["content-type"]).toContain("application/rss+xml");
  expect(await response.text()).toContain("/uutiskirje/arkisto/2023-10-02</link>");
});
