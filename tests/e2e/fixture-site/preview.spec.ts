// Preview links on real `next start` servers of the fixture build: the article dated 2099 and
// the draft are shown to the link (on every instance, SQLite or PostgreSQL behind it) and to
// nobody without it; the page is never cached, anywhere, and leaves the public address a 404.
import { cpSync, rmSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { killNow, startNextServer, waitForExit } from "../server-process";
import { FIXTURE_CONTENT, FIXTURE_DIST } from "../support/build-fixture-site-paths";
import { previewOf } from "../support/fixture-pages";
import { cacheFiles, waitForSettledCache } from "../support/page-cache";
import { postgresSchema, TEST_DATABASE_URL } from "../support/postgres-schema";
import { E2E_TOKEN_SECRET } from "../newsletter-env";

const DAY = 24 * 60 * 60_000;
const fixturePort = Number(
  process.env.E2E_FIXTURE_PORT ?? Number(process.env.E2E_PORT ?? 3210) + 100,
);
const FUTURE = {
  file: "2024/future.md",
  title: "Tulevaisuuden uutinen",
  path: "/uutiset/2099/tulevaisuus",
};
const DRAFT = {
  file: "2024/draft.md",
  title: "Luonnos jota ei julkaista",
  path: "/uutiset/2024/luonnos",
};

test.describe("a preview link on the fixture site", () => {
  test("shows the article dated ahead with the banner, noindex and no cache; the public address stays 404", async ({
    page,
    request,
  }) => {
    const link = previewOf(FUTURE.file);
    const response = await page.goto(link);
    expect(response?.status()).toBe(200);
    const headers = response!.headers();
    expect(headers["cache-control"]).toMatch(/private/);
    expect(headers["cache-control"]).toMatch(/no-store/);
    expect(headers["cache-control"]).not.toMatch(/s-maxage/);
    expect(headers["x-robots-tag"]).toBe("noindex");
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", "noindex");
    await expect(page.getByRole("heading", { name: "Esikatselu – ei julkaistu" })).toBeVisible();
    await expect(page.getByText("Juttu julkaistaan torstai 1.1.2099 klo 0.00.")).toBeVisible();
    await expect(page.locator("h1")).toHaveText(FUTURE.title);

    const publicPage = await request.get(FUTURE.path, { maxRedirects: 0 });
    expect(publicPage.status()).toBe(404);
    expect(publicPage.headers()["cache-control"]).toContain("no-store");
    for (const listing of ["/", "/uutiset", "/feed.xml", "/sitemap.xml", "/haku?q=Tulevaisuuden"])
      expect(await (await request.get(listing)).text()).not.toContain("tulevaisuus");
  });

  test("shows a draft, which stays a 404 at its own address", async ({ page, request }) => {
    const response = await page.goto(previewOf(DRAFT.file));
    expect(response?.status()).toBe(200);
    await expect(page.locator("h1")).toHaveText(DRAFT.title);
    await expect(page.getByText("Tämä on luonnos")).toBeVisible();
    expect((await request.get(DRAFT.path, { maxRedirects: 0 })).status()).toBe(404);
  });

  test("answers 404, uncached, to a tampered, expired or wrong-purpose link", async ({
    request,
  }) => {
    const [, , token] = previewOf(FUTURE.file).split("/") as [string, string, string];
    const [subject, exp, sig] = token.split(".") as [string, string, string];
    const draftSubject = Buffer.from(DRAFT.file).toString("base64url");
    for (const link of [
      `/esikatselu/${draftSubject}.${exp}.${sig}`,
      `/esikatselu/${subject}.${(parseInt(exp, 36) + 1).toString(36)}.${sig}`,
      `/esikatselu/${subject}.${exp}.${sig.slice(1)}x`,
      previewOf(FUTURE.file, Date.now() - 8 * DAY, 7),
      "/esikatselu/x%2Fy",
      "/esikatselu",
    ]) {
      const answer = await request.get(link, { maxRedirects: 0 });
      expect(answer.status(), link).toBe(404);
      expect(answer.headers()["cache-control"], link).toContain("no-store");
      expect(await answer.text(), link).not.toContain(FUTURE.title);
    }
  });
});

// Two more instances of the same build, one on SQLite and one on PostgreSQL, each with its own
// copy of the build folder (a server writes its page cache there).
for (const dialect of ["SQLite", "PostgreSQL"] as const) {
  test(`one link works on another instance (${dialect}) and leaves its page cache as it was`, async () => {
    test.setTimeout(180_000);
    const schema = dialect === "PostgreSQL" ? await postgresSchema("preview") : null;
    test.skip(
      dialect === "PostgreSQL" && !schema,
      `SKIPPING: no PostgreSQL at ${TEST_DATABASE_URL}`,
    );
    const port = fixturePort + (dialect === "SQLite" ? 3 : 4);
    const dist = `${FIXTURE_DIST}-preview-${port}`;
    rmSync(dist, { recursive: true, force: true });
    cpSync(FIXTURE_DIST, dist, { recursive: true });
    let output = "";
    const server = await startNextServer(
      port,
      {
        NEXT_DIST_DIR: dist,
        CONTENT_DIR: FIXTURE_CONTENT,
        DATA_DIR: path.join(dist, "data"),
        TOKEN_SECRET: E2E_TOKEN_SECRET,
        ...(schema ? { DATABASE_URL: schema.url } : {}),
      },
      { onOutput: (text) => (output += text) },
    );
    const get = (pathname: string) =>
      fetch(`http://127.0.0.1:${port}${pathname}`, { redirect: "manual" });
    try {
      await expect.poll(() => output, { timeout: 90_000 }).toContain("publish warm-up:");
      // The not-found page is cached once, at the first 404 a build serves.
      expect((await get(FUTURE.path)).status).toBe(404);
      await waitForSettledCache(dist);
      const before = cacheFiles(dist);
      for (const file of [FUTURE.file, DRAFT.file, FUTURE.file]) {
        const answer = await get(previewOf(file));
        expect(answer.status).toBe(200);
        expect(await answer.text()).toContain("Esikatselu – ei julkaistu");
      }
      expect((await get(FUTURE.path)).status).toBe(404);
      expect([...cacheFiles(dist)].filter((file) => !before.has(file))).toEqual([]);
    } finally {
      killNow(server);
      await waitForExit(server);
      rmSync(dist, { recursive: true, force: true });
      await schema?.drop();
    }
  });
}
