import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { findSubscriberByEmail, openDatabase, suppressAddress } from "@/lib/db";
import { oneClickUnsubscribeUrl } from "@/lib/subscription/links";
import { waitForMail } from "./mail-outbox";
import { E2E_DATABASE_FILE, E2E_OUTBOX_DIR, E2E_TOKEN_SECRET } from "./newsletter-env";

const unique = (name: string) =>
  `${name}.${Date.now()}${Math.floor(Math.random() * 1000)}@esimerkki.fi`;

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations).toEqual([]);
}

// axe runs as a script, which a page without JavaScript cannot: check the same markup in a
// second page that has it (the URL when it can be fetched again, else the HTML itself).
async function expectNoAxeViolationsWithoutJs(
  browser: Browser,
  page: Page,
  baseURL: string,
  byUrl = true,
) {
  const context = await browser.newContext({ baseURL, javaScriptEnabled: true });
  const twin = await context.newPage();
  if (byUrl) await twin.goto(page.url());
  else await twin.setContent(await page.content());
  await expectNoAxeViolations(twin);
  await context.close();
}

// Links in mails use SITE_URL; the test server listens elsewhere, so keep path and query only.
const local = (link: string) => {
  const url = new URL(link);
  return `${url.pathname}${url.search}`;
};

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  // Five pages, each checked by axe in a second browser context: slow on a busy machine.
  test.describe.configure({ timeout: 90_000 });

  test("signs up weekly, confirms from the mail, is welcomed, changes topics and rhythm, and unsubscribes", async ({
    page,
    browser,
    baseURL,
  }) => {
    const email = unique("ilman.js");
    await page.goto("/uutiskirje");
    await expectNoAxeViolationsWithoutJs(browser, page, baseURL!);
    await page.getByLabel("Sähköpostiosoite").fill(email);
    await page.getByLabel("Juridiikka").uncheck();
    await expect(page.getByLabel("Joka arkipäivä")).toBeChecked();
    await page.getByLabel("Kerran viikossa").check();
    await page.getByRole("button", { name: "Tilaa uutiskirje" }).click();
    await expect(page).toHaveURL(/\/uutiskirje\/kiitos$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tarkista sähköpostisi");
    await expectNoAxeViolationsWithoutJs(browser, page, baseURL!);

    const mail = await waitForMail(E2E_OUTBOX_DIR, email, { containing: "/uutiskirje/vahvista" });
    expect(mail.raw).toContain("Valitsemasi aiheet: Talous, Verotus.");
    const confirmLink = mail.links.find((l) => l.includes("/uutiskirje/vahvista?token="))!;
    await page.goto(local(confirmLink));
    await expectNoAxeViolationsWithoutJs(browser, page, baseURL!);
    await page.getByRole("button", { name: "Vahvista tilaus" }).click();
    await expect(page.getByRole("status")).toContainText("Tilauksesi on vahvistettu");
    await expect(page.getByText(email)).toBeVisible();
    await expect(page.getByLabel("Juridiikka")).not.toBeChecked();
    await expect(page.getByLabel("Kerran viikossa")).toBeChecked();
    await expectNoAxeViolationsWithoutJs(browser, page, baseURL!);
    const welcome = await waitForMail(E2E_OUTBOX_DIR, email, { containing: "Tervetuloa" });
    expect(welcome.raw).toContain("Tilausrytmi: Kerran viikossa.");

    await page.getByLabel("Juridiikka").check();
    await page.getByLabel("Talous").uncheck();
    await page.getByLabel("Joka arkipäivä").check();
    await page.getByRole("button", { name: "Tallenna asetukset" }).click();
    await expect(page.getByRole("status")).toHaveText(
      "Asetukset on tallennettu. Ne ovat voimassa seuraavasta kirjeestä alkaen.",
    );
    await expect(page.getByLabel("Talous")).not.toBeChecked();
    await expect(page.getByLabel("Juridiikka")).toBeChecked();
    await expect(page.getByLabel("Joka arkipäivä")).toBeChecked();

    await page.getByRole("button", { name: "Peru tilaus" }).click();
    await expect(page).toHaveURL(/\/uutiskirje\/peruttu$/);
    await expectNoAxeViolationsWithoutJs(browser, page, baseURL!);
  });

  test("resumes issues held back after soft bounces, and opens a letter's one-click link on a page whose button unsubscribes", async ({
    page,
    browser,
    baseURL,
  }) => {
    const email = unique("yksi.napsautus");
    await page.goto("/uutiskirje");
    await page.getByLabel("Sähköpostiosoite").fill(email);
    await page.getByRole("button", { name: "Tilaa uutiskirje" }).click();
    const mail = await waitForMail(E2E_OUTBOX_DIR, email);
    await page.goto(local(mail.links.find((l) => l.includes("/uutiskirje/vahvista?token="))!));
    await page.getByRole("button", { name: "Vahvista tilaus" }).click();
    await expect(page.getByRole("status")).toContainText("Tilauksesi on vahvistettu");
    // Then the issues soft-bounce three days in a month (lib/bounces) and are held back.
    const db = openDatabase({ url: `file:${E2E_DATABASE_FILE}` });
    const reader = (await findSubscriberByEmail(db, email.toUpperCase()))!;
    const now = Date.now();
    await suppressAddress(db, {
      email,
      reason: "soft-bounce",
      since: now,
      until: now + 60 * 24 * 60 * 60_000,
      statusCode: "4.2.2",
    });
    await db.close();

    await page.reload();
    await expect(page.getByText("Uutiskirjeen lähetys on keskeytetty")).toBeVisible();
    await expectNoAxeViolationsWithoutJs(browser, page, baseURL!);
    await page.getByRole("button", { name: "Osoite toimii, jatka lähetystä" }).click();
    await expect(page.getByRole("status")).toContainText("Uutiskirje tulee taas");
    await expect(page.getByText("Uutiskirjeen lähetys on keskeytetty")).toHaveCount(0);

    // The List-Unsubscribe URL of a letter to this reader, as a mail program opens it.
    const links = {
      siteUrl: "http://localhost:3000",
      tokenSecret: E2E_TOKEN_SECRET,
      clock: Date.now,
    };
    await page.goto(local(oneClickUnsubscribeUrl(links, reader)));
    await expect(page).toHaveURL(/\/uutiskirje\/peru\?token=/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Peru uutiskirjeen tilaus");
    await expect(page.getByText(email)).toBeVisible();
    await expectNoAxeViolationsWithoutJs(browser, page, baseURL!);
    await expect(page.getByRole("link", { name: "Muuta aiheita" })).toHaveAttribute(
      "href",
      /\/uutiskirje\/asetukset\?token=/,
    );
    await page.getByRole("button", { name: "Peru tilaus" }).click();
    await expect(page).toHaveURL(/\/uutiskirje\/peruttu$/);
    await page.goBack();
    await page.reload();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tilaus on jo peruttu");
  });

  test("answers a bad address with a Finnish 400 page", async ({ page, browser, baseURL }) => {
    await page.goto("/uutiskirje");
    await page.getByLabel("Sähköpostiosoite").fill("ei-osoite");
    const [response] = await Promise.all([
      page.waitForResponse((r) => r.url().endsWith("/api/newsletter/subscribe")),
      page.getByRole("button", { name: "Tilaa uutiskirje" }).click(),
    ]);
    expect(response.status()).toBe(400);
    await expect(
      page.getByText("Kirjoita sähköpostiosoite muodossa nimi@esimerkki.fi."),
    ).toBeVisible();
    await expectNoAxeViolationsWithoutJs(browser, page, baseURL!, false);
  });
});

test.describe("with JavaScript", () => {
  test("shows the result in the live region without leaving the home page", async ({ page }) => {
    await page.goto("/");
    await page.getByLabel("Sähköpostiosoite").fill(unique("js"));
    await page.getByRole("button", { name: "Tilaa uutiskirje" }).click();
    await expect(page.getByRole("status")).toContainText("Lähetimme vahvistusviestin");
    await expect(page).toHaveURL(/\/$/);
    await expectNoAxeViolations(page);
  });

  test("puts errors in a focused summary that links to the fields", async ({ page }) => {
    await page.goto("/uutiskirje");
    await page.getByLabel("Sähköpostiosoite").fill("a@b.fi,c@d.fi");
    for (const topic of ["Talous", "Verotus", "Juridiikka"]) await page.getByLabel(topic).uncheck();
    await page.getByRole("button", { name: "Tilaa uutiskirje" }).click();
    const summary = page.getByRole("alert").filter({ hasText: "Tarkista tiedot" });
    await expect(summary).toContainText("Valitse vähintään yksi aihe.");
    await expect(page.locator(":focus")).toContainText("Tarkista tiedot");
    await expect(page.getByLabel("Sähköpostiosoite")).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByLabel("Sähköpostiosoite")).toHaveAccessibleDescription(
      /Virhe: Kirjoita sähköpostiosoite muodossa/,
    );
    await expectNoAxeViolations(page);
    await summary.getByRole("link", { name: /muodossa nimi@esimerkki.fi/ }).click();
    await expect(page.getByLabel("Sähköpostiosoite")).toBeFocused();
  });

  test("can be used by keyboard alone, never reaching the honeypot", async ({ page }) => {
    await page.goto("/uutiskirje");
    const email = page.getByLabel("Sähköpostiosoite");
    for (let i = 0; i < 40 && !(await email.evaluate((el) => el === document.activeElement)); i++) {
      await page.keyboard.press("Tab");
    }
    await expect(email).toBeFocused();
    await page.keyboard.type(unique("nappaimisto"));
    await page.keyboard.press("Tab");
    await expect(page.getByLabel("Talous")).toBeFocused();
    await page.keyboard.press("Space");
    await expect(page.getByLabel("Talous")).not.toBeChecked();
    const visited: string[] = [];
    for (let i = 0; i < 6; i++) {
      await page.keyboard.press("Tab");
      visited.push(
        await page.evaluate(
          () =>
            document.activeElement?.getAttribute("name") ??
            document.activeElement?.textContent ??
            "",
        ),
      );
      if (visited.at(-1) === "Tilaa uutiskirje") break;
    }
    expect(visited).not.toContain("kotisivu");
    expect(visited.at(-1)).toBe("Tilaa uutiskirje");
    await page.keyboard.press("Enter");
    await expect(page.getByRole("status")).toContainText("Lähetimme vahvistusviestin");
  });
});

test("a mail scanner opening the confirmation link confirms nothing", async ({ page, request }) => {
  const email = unique("skanneri");
  await page.goto("/uutiskirje");
  await page.getByLabel("Sähköpostiosoite").fill(email);
  await page.getByRole("button", { name: "Tilaa uutiskirje" }).click();
  await expect(page.getByRole("status")).toContainText("Lähetimme");
  const confirmLink = (
    await waitForMail(E2E_OUTBOX_DIR, email, { containing: "/uutiskirje/vahvista" })
  ).links.find((l) => l.includes("vahvista"))!;
  expect((await request.get(local(confirmLink))).status()).toBe(200);
  // Still pending: confirming now works, and only the POST did it.
  const response = await request.post("/api/newsletter/confirm", {
    form: { token: new URL(confirmLink).searchParams.get("token")! },
    maxRedirects: 0,
  });
  expect(response.status()).toBe(303);
  expect(response.headers().location).toContain("tila=vahvistettu");
});

test("a tampered link opens a Finnish 404 page and axe finds nothing", async ({ page }) => {
  const response = await page.goto("/uutiskirje/vahvista?token=1.zzzz.forged");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Linkki ei toimi");
  await expectNoAxeViolations(page);
  expect((await page.goto("/uutiskirje/asetukset?token=1.zzzz.forged"))?.status()).toBe(404);
});

test("the privacy notice is linked from the footer and from the form", async ({ page }) => {
  await page.goto("/");
  await expect(
    page.getByRole("contentinfo").getByRole("link", { name: "Tietosuojaseloste" }),
  ).toBeVisible();
  await page.getByRole("link", { name: "Lue tietosuojaseloste" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tietosuojaseloste");
  await expectNoAxeViolations(page);
});

test("the sign-up endpoint answers other methods with 405", async ({ request }) => {
  expect((await request.get("/api/newsletter/subscribe")).status()).toBe(405);
  expect((await request.put("/api/newsletter/subscribe", { data: {} })).status()).toBe(405);
});
