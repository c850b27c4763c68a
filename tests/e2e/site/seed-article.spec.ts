import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "../support/axe";

const SEED =
  "/uutiset/2023/rikoksentorjuntakilpailun-voitti-rikosuhripaivystyksen-ihmiskaupan-uhrien-erityistukipalvelu";
const SEED_TITLE =
  "Rikoksentorjuntakilpailun voitti Rikosuhripäivystyksen ihmiskaupan uhrien erityistukipalvelu";
const seedLines = readFileSync(
  path.resolve(import.meta.dirname, "../../fixtures/seed/000_e2cb43cf0944d41f.txt"),
  "utf8",
)
  .split("\n")
  .map((line) => line.trim())
  .filter(Boolean);
const normalise = (text: string) => text.replace(/\s+/g, " ");

test.describe("the seed article", () => {
  test("is readable at its permanent URL with every sentence of the seed", async ({ page }) => {
    await page.goto(SEED);
    const text = normalise(await page.locator("main").innerText());
    // The last two seed lines are the newsletter's introduction, shown on the home page.
    for (const line of seedLines.slice(0, -2)) expect(text).toContain(normalise(line));
    await expect(page.locator("h1")).toHaveCount(1);
    await expect(page.locator("h1")).toHaveText(SEED_TITLE);
    await expect(page.locator("main h2").first()).toContainText(
      "Raati arvosti laajaa yhteistyötä ja innovatiivisia avauksia",
    );
  });

  test("shows its date, author, topics, source, reading time and passes axe", async ({ page }) => {
    await page.goto(SEED);
    await expect(page.locator('main time[datetime="2023-10-02"]').first()).toHaveText("2.10.2023");
    await expect(
      page.getByText("Kirjoittaja Juridiikan ja talouden uutiskirjeen toimitus"),
    ).toBeVisible();
    await expect(page.getByRole("link", { name: "oikeusministeriön tiedote" })).toHaveAttribute(
      "href",
      /^https:\/\/rikoksentorjunta\.fi\/-\/rikoksentorjuntakilpailun-voitti/,
    );
    await expect(page.getByRole("link", { name: "Rikosoikeus", exact: true })).toHaveAttribute(
      "href",
      "/aiheet/rikosoikeus",
    );
    await expect(page.getByText(/Lukuaika/)).toBeVisible();
    await expectNoAxeViolations(page);
  });

  for (const listing of [
    "/",
    "/uutiset",
    "/uutiset/2023",
    "/aiheet/juridiikka",
    "/aiheet/rikosoikeus",
  ]) {
    test(`is listed on ${listing}`, async ({ page }) => {
      await page.goto(listing);
      await expect(page.locator(`main a[href="${SEED}"]`)).toHaveText(SEED_TITLE);
    });
  }

  test("the home page introduces the weekday newsletter in the seed's words", async ({ page }) => {
    await page.goto("/");
    const text = normalise(await page.locator("main").innerText());
    for (const line of seedLines.slice(-2)) expect(text).toContain(normalise(line));
  });
});
