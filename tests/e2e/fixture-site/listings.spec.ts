import { expect, test } from "@playwright/test";
import { PUBLISHED_COUNT } from "../support/fixture-pages";

const items = "main ul > li article";

test.describe("archive, year and topic listings", () => {
  test("the archive shows 20 articles a page, newest first, and links the next page", async ({
    page,
  }) => {
    await page.goto("/uutiset");
    await expect(page.locator(items)).toHaveCount(20);
    await expect(page.locator("main h1")).toHaveText("Uutisarkisto");
    await expect(page.getByText(`${PUBLISHED_COUNT} artikkelia, sivu 1 / 2`)).toBeVisible();
    const days = await page
      .locator(`${items} time`)
      .evaluateAll((els) => els.map((e) => e.getAttribute("datetime")!));
    expect(days).toEqual([...days].sort().reverse());
    await page.getByRole("link", { name: /Vanhemmat/ }).click();
    await expect(page).toHaveURL(/\/uutiset\/sivu\/2$/);
    await expect(page.locator(items)).toHaveCount(PUBLISHED_COUNT - 20);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
      "href",
      "http://localhost:3000/uutiset/sivu/2",
    );
    await expect(page.getByRole("link", { name: /Uudemmat/ })).toHaveAttribute("href", "/uutiset");
  });

  test("the sidebar counts articles per topic and per year, and the counts match the pages", async ({
    page,
  }) => {
    await page.goto("/uutiset");
    const aside = page.getByRole("complementary", { name: "Selaa arkistoa" });
    const yearItem = aside.locator("li", { has: page.locator('a[href="/uutiset/2024"]') });
    const yearCount = Number(/\((\d+)\)/.exec(await yearItem.innerText())?.[1]);
    // 2024: three synthetic articles plus valid, hostile and updated.
    expect(yearCount).toBe(6);
    await page.goto("/uutiset/2024");
    await expect(page.locator(items)).toHaveCount(yearCount);
    await expect(page.getByText(`${yearCount} artikkelia`)).toBeVisible();

    await page.goto("/uutiset");
    const topicItem = aside.locator("li", { has: page.locator('a[href="/aiheet/juridiikka"]') });
    const topicCount = Number(/\((\d+)\)/.exec(await topicItem.innerText())?.[1]);
    await page.goto("/aiheet/juridiikka");
    await expect(page.locator(items)).toHaveCount(Math.min(20, topicCount));
    await expect(page.getByText(`${topicCount} artikkelia`).first()).toBeVisible();
  });

  test("a subtopic page lists only articles of that subtopic and names the main topic", async ({
    page,
  }) => {
    await page.goto("/aiheet/tyooikeus");
    await expect(page.locator("main h1")).toHaveText("Työoikeus");
    await expect(page.locator(items).first()).toBeVisible();
    for (const meta of await page.locator(`${items} p`).first().allInnerTexts())
      expect(meta).toContain("Juridiikka");
  });
});

test.describe("publishing rules", () => {
  for (const [label, path] of [
    ["a draft", "/uutiset/2024/luonnos"],
    ["an article dated in the future", "/uutiset/2099/tulevaisuus"],
  ] as const) {
    test(`${label} has no page and appears in no listing, feed or sitemap`, async ({
      page,
      request,
    }) => {
      expect((await request.get(path)).status()).toBe(404);
      for (const listing of [
        "/uutiset",
        "/uutiset/sivu/2",
        "/uutiset/2024",
        "/aiheet/talous",
        "/feed.xml",
        "/atom.xml",
        "/sitemap.xml",
      ]) {
        const body = await (await request.get(listing)).text();
        expect(body, listing).not.toContain(path);
      }
      await page.goto("/uutiset");
      await expect(page.getByText(/Luonnos jota ei julkaista|Tulevaisuuden uutinen/)).toHaveCount(
        0,
      );
    });
  }
});
