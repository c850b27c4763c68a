import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "../support/axe";
import { PAGE_TYPES } from "../support/fixture-pages";

for (const [name, path] of Object.entries(PAGE_TYPES)) {
  test.describe(`${name} (${path})`, () => {
    test("has one h1, landmarks and no axe violations", async ({ page }) => {
      await page.goto(path);
      await expect(page.locator("h1")).toHaveCount(1);
      await expect(page.locator("header").first()).toBeVisible();
      await expect(page.locator("main#sisalto")).toBeVisible();
      await expect(page.getByRole("navigation", { name: "Päävalikko" })).toBeVisible();
      await expect(page.getByRole("link", { name: "Saavutettavuusseloste" })).toBeVisible();
      await expectNoAxeViolations(page);
    });

    test("the first Tab reaches a visible skip link that moves focus to the content", async ({
      page,
    }) => {
      await page.goto(path);
      await page.keyboard.press("Tab");
      const skip = page.getByRole("link", { name: "Siirry sisältöön" });
      await expect(skip).toBeFocused();
      await expect(skip).toBeInViewport();
      await page.keyboard.press("Enter");
      await expect(page.locator("main#sisalto")).toBeFocused();
    });

    test("fits 320 px and 200 % zoom without horizontal scrolling", async ({ page }) => {
      // 200 % zoom of a 1280 px window lays out like a 640 px one.
      for (const width of [320, 640]) {
        await page.setViewportSize({ width, height: 800 });
        await page.goto(path);
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect(overflow, `${width}px`).toBe(0);
      }
    });

    test("requests nothing from any other origin and breaks no CSP rule", async ({
      page,
      baseURL,
    }) => {
      const foreign: string[] = [];
      const cspErrors: string[] = [];
      page.on("console", (message) => {
        if (/Content Security Policy/i.test(message.text())) cspErrors.push(message.text());
      });
      page.on("request", (request) => {
        const url = request.url();
        if (!url.startsWith(`${baseURL}/`) && !url.startsWith("data:")) foreign.push(url);
      });
      await page.goto(path);
      await page.waitForLoadState("networkidle");
      expect(foreign).toEqual([]);
      expect(cspErrors).toEqual([]);
    });
  });
}

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  for (const [name, path] of Object.entries(PAGE_TYPES)) {
    test(`${name} is complete`, async ({ page }) => {
      await page.goto(path);
      await expect(page.locator("h1")).toHaveCount(1);
      await expect(page.locator("h1")).not.toBeEmpty();
      await expect(page.getByRole("navigation", { name: "Päävalikko" })).toBeVisible();
      await expect(page.locator("footer").last()).toContainText("Saavutettavuusseloste");
    });
  }

  test("an article shows its body, source and related articles", async ({ page }) => {
    await page.goto(PAGE_TYPES["updated article"]);
    await expect(page.getByText("Ratkaisu koskee koeaikapurkua.")).toBeVisible();
    await expect(page.getByRole("link", { name: "Korkeimman oikeuden tiedote" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Samasta aiheesta" })).toBeVisible();
  });
});
