import { expect, test } from "@playwright/test";
import { PAGE_TYPES } from "../support/fixture-pages";

test.describe("a hostile article", () => {
  test("renders inert: nothing runs, nothing is embedded, hostile text stays text", async ({
    page,
  }) => {
    const dialogs: string[] = [];
    page.on("dialog", async (dialog) => {
      dialogs.push(dialog.message());
      await dialog.dismiss();
    });
    await page.goto(PAGE_TYPES["hostile article"]);
    await page.waitForLoadState("networkidle");
    expect(dialogs).toEqual([]);
    expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
    await expect(page).not.toHaveTitle("pwned");
    await expect(page.locator("h1")).toContainText("<script>window.__pwned=1</script>");
    const main = page.locator("main");
    await expect(
      main.locator("iframe, svg, object, embed, main script:not([type='application/ld+json'])"),
    ).toHaveCount(0);
    const handlers = await main.evaluate((root) =>
      [...root.querySelectorAll("*")].flatMap((el) =>
        [...el.attributes].filter((a) => a.name.startsWith("on")).map((a) => a.name),
      ),
    );
    expect(handlers).toEqual([]);
    const hrefs = await main
      .locator("[href], [src]")
      .evaluateAll((els) =>
        els.map((el) => el.getAttribute("href") ?? el.getAttribute("src") ?? ""),
      );
    expect(hrefs.filter((href) => /^\s*(javascript|data|vbscript):/i.test(href))).toEqual([]);
    await expect(page.getByText("Viimeinen kappale jää näkyviin.")).toBeVisible();
  });

  test("its JSON-LD cannot close its script element", async ({ page }) => {
    await page.goto(PAGE_TYPES["hostile article"]);
    const data = JSON.parse(
      (await page.locator('script[type="application/ld+json"]').textContent()) ?? "{}",
    );
    expect(data.headline).toContain("<script>window.__pwned=1</script>");
  });
});

test.describe("an updated article", () => {
  test("shows the update date and the dated update note, and gives dateModified", async ({
    page,
  }) => {
    await page.goto(PAGE_TYPES["updated article"]);
    await expect(page.locator("main time[datetime='2024-09-12']").first()).toHaveText("12.9.2024");
    const updates = page.getByRole("region", { name: "Päivitykset" });
    await expect(updates).toContainText("Lisätty tieto ratkaisun äänestyksestä.");
    await expect(updates.getByRole("link", { name: "Ratkaisuseloste" })).toHaveAttribute(
      "href",
      "https://example.fi/kko/seloste",
    );
    const data = JSON.parse(
      (await page.locator('script[type="application/ld+json"]').textContent()) ?? "{}",
    );
    expect(data).toMatchObject({ datePublished: "2024-09-10", dateModified: "2024-09-12" });
  });

  test("links its topics and lists related articles of the same topic", async ({ page }) => {
    await page.goto(PAGE_TYPES["updated article"]);
    await expect(
      page.getByRole("link", { name: "Työoikeus", exact: true }).first(),
    ).toHaveAttribute("href", "/aiheet/tyooikeus");
    const related = page.getByRole("region", { name: "Samasta aiheesta" }).getByRole("link");
    await expect(related).toHaveCount(3);
  });
});

test.describe("an article's earlier address", () => {
  test("answers 308 with the article's permanent URL, and a browser lands on the article", async ({
    page,
    request,
  }) => {
    const response = await request.get("/uutiset/2024/kko-koeaikapurku", { maxRedirects: 0 });
    expect(response.status()).toBe(308);
    expect(response.headers()["location"]).toBe(PAGE_TYPES["updated article"]);
    await page.goto("/uutiset/2024/kko-koeaikapurku");
    await expect(page).toHaveURL(new RegExp(`${PAGE_TYPES["updated article"]}$`));
    await expect(page.locator("h1")).toHaveText(/Korkein oikeus antoi ennakkopäätöksen/);
  });
});
