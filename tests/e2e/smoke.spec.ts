import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";

const SEED =
  "/uutiset/2023/rikoksentorjuntakilpailun-voitti-rikosuhripaivystyksen-ihmiskaupan-uhrien-erityistukipalvelu";

test("the seed article is readable at its permanent URL and axe finds no violations", async ({
  page,
}) => {
  await page.goto(SEED);
  await expect(page.locator("h1")).toHaveText(/Rikoksentorjuntakilpailun voitti/);
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations).toEqual([]);
});
