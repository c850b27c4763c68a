import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "../support/axe";

const SEED =
  "/uutiset/2023/rikoksentorjuntakilpailun-voitti-rikosuhripaivystyksen-ihmiskaupan-uhrien-erityistukipalvelu";

// axe over a whole page takes long on a loaded machine.
test.describe.configure({ timeout: 90_000 });

test.describe("search without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the header box on an article page leads to a shareable results page", async ({ page }) => {
    await page.goto(SEED);
    const box = page.getByRole("searchbox", { name: "Hae sivustolta" });
    await box.fill("rikosuhripaivystys");
    await box.press("Enter");
    await expect(page).toHaveURL(/\/haku\?q=rikosuhripaivystys$/);
    await expect(page.getByRole("status")).toHaveText(
      "Haulla ”rikosuhripaivystys” löytyi 1 artikkeli.",
    );
    const result = page.locator("main ol li").first();
    await expect(result.getByRole("link")).toHaveAttribute("href", SEED);
    await expect(result.locator("mark").first()).toHaveText("Rikosuhripäivystyksen");
    await expect(result.locator("time")).toHaveText("2.10.2023");
    await expect(result).toContainText("Juridiikka");
  });

  for (const q of ["rikoksentorjuntakilpailu", "ihmiskauppa", "Ihmiskaupan uhrit", "raadin"]) {
    test(`finds the seed article by "${q}"`, async ({ page }) => {
      await page.goto(`/haku?q=${encodeURIComponent(q)}`);
      await expect(page.locator("main ol li")).toHaveCount(1);
      await expect(page.locator("main ol li a").first()).toHaveAttribute("href", SEED);
    });
  }

  test("filters by topic and year with the form's own fields", async ({ page }) => {
    await page.goto("/haku?q=ihmiskauppa");
    await page.getByLabel("Vuosi").selectOption("2023");
    await page.getByLabel("Aihe").selectOption("verotus");
    await page.getByRole("button", { name: "Hae", exact: true }).last().click();
    await expect(page).toHaveURL(/aihe=verotus/);
    await expect(page.getByRole("status")).toHaveText(
      "Haulla ”ihmiskauppa” ei löytynyt artikkeleita.",
    );
    await page.getByRole("link", { name: "Hae ilman aihe- ja vuosirajausta" }).click();
    await expect(page.locator("main ol li")).toHaveCount(1);
  });

  test("shows markup in a query as text and offers help when nothing matches", async ({ page }) => {
    await page.goto(
      `/haku?q=${encodeURIComponent("<img src=x onerror=alert(1)> talo")}&sivu=999999&aihe=x&vuosi=abc`,
    );
    expect(page.url()).toContain("/haku");
    await expect(page.locator("main img")).toHaveCount(0);
    await expect(page.getByRole("status")).toHaveText(
      "Haulla ”<img src=x onerror=alert(1)> talo” ei löytynyt artikkeleita.",
    );
    await expect(page.getByText("Ääkköset voi jättää pois")).toBeVisible();
  });

  test("answers repeated parameters, long queries and broken encoding without a server error", async ({
    request,
  }) => {
    for (const path of [
      "/haku?q=a&q=b&sivu=1&sivu=2&aihe=x&aihe=talous",
      `/haku?q=${"ö".repeat(1200)}`,
      "/haku?q=%ff%fe&vuosi=%&sivu=1e999",
      "/api/haku?q=%ff&sivu=1e999",
      `/api/haku?q=${encodeURIComponent("<script>")}&aihe=__proto__`,
    ]) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(200);
    }
  });
});

test.describe("search with JavaScript", () => {
  // axe runs scripts in the page, so the server-rendered pages are checked here.
  for (const [name, path] of [
    ["a results page", "/haku?q=rikosuhripaivystys"],
    ["the no-results page with filters", "/haku?q=talo&aihe=verotus&vuosi=2023"],
    ["the empty search page", "/haku"],
  ]) {
    test(`${name} passes axe`, async ({ page }) => {
      await page.goto(path!);
      await expect(page.getByRole("status")).not.toBeEmpty();
      await expectNoAxeViolations(page);
    });
  }

  test("updates the results as the reader types and keeps the address shareable", async ({
    page,
  }) => {
    await page.goto("/haku");
    await expect(page.getByRole("status")).toHaveText("Kirjoita hakusana.");
    const box = page.getByRole("searchbox", { name: "Hakusanat" });
    await box.focus();
    await page.keyboard.type("ihmiskaupan uhr", { delay: 40 });
    await expect(page.getByRole("status")).toHaveText(
      "Haulla ”ihmiskaupan uhr” löytyi 1 artikkeli.",
    );
    await expect(page.locator("main ol li a").first()).toHaveAttribute("href", SEED);
    await expect(page).toHaveURL(/\/haku\?q=ihmiskaupan\+uhr$/);
    await expect(box).toBeFocused();
    await page.keyboard.type("xyz");
    await expect(page.getByRole("status")).toHaveText(
      "Haulla ”ihmiskaupan uhrxyz” ei löytynyt artikkeleita.",
    );
    await expectNoAxeViolations(page);
  });

  test("loads no search code on an article page", async ({ page }) => {
    const requests: string[] = [];
    page.on("request", (request) => requests.push(request.url()));
    await page.goto(SEED);
    await page.getByRole("searchbox", { name: "Hae sivustolta" }).fill("raati");
    expect(requests.filter((url) => url.includes("/api/haku"))).toEqual([]);
  });
});
