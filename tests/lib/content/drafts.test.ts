import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { article, makeContentDir } from "@/tests/helpers/content-dir";

// A draft dated in the past, beside a published article of the same day and topic: in a
// production server it is on no public page, feed, sitemap, search result or issue; and the
// letter leaves it out even where NODE_ENV is unset (cron), which lib/env reads as development.
const files = {
  "uutiset/2026/julkaistu.md": article({
    title: "Julkaistu uutinen",
    slug: "julkaistu",
    date: "2026-03-02",
  }),
  "uutiset/2026/luonnos.md": article({
    title: "Luonnosuutinen salaisesta sopimuksesta",
    slug: "luonnos",
    date: "2026-03-02",
    draft: "true",
  }),
};

async function load(nodeEnv: string, dir: string) {
  vi.stubEnv("CONTENT_DIR", dir);
  vi.stubEnv("NODE_ENV", nodeEnv);
  vi.stubEnv("NEXT_DIST_DIR", `${dir}/.next`);
  vi.resetModules();
  delete (globalThis as { __articleCache?: unknown }).__articleCache;
  delete (globalThis as { __siteSearch?: unknown }).__siteSearch;
  return {
    articles: await import("@/lib/content/articles"),
    listings: await import("@/lib/content/listings"),
    feeds: await import("@/lib/feeds/feeds"),
    sitemap: await import("@/lib/feeds/sitemap"),
    search: await import("@/lib/search/site-search"),
    archive: await import("@/lib/issue/issue-archive"),
    compose: await import("@/lib/issue/compose-issue"),
    servable: await import("@/lib/publishing/servable-path"),
  };
}

const titlesOf = (issue: { sections: { articles: { title: string }[] }[] } | null) =>
  issue?.sections.flatMap((s) => s.articles.map((a) => a.title));

describe("drafts stay private", () => {
  const content = makeContentDir(files);
  afterAll(() => {
    vi.unstubAllEnvs();
    delete (globalThis as { __articleCache?: unknown }).__articleCache;
    delete (globalThis as { __siteSearch?: unknown }).__siteSearch;
    content.cleanup();
  });

  describe("on a production server", () => {
    let m: Awaited<ReturnType<typeof load>>;
    beforeAll(async () => (m = await load("production", content.dir)));

    it("are on no page: not at their address, in no listing and not servable", () => {
      expect(m.articles.getArticleBySlug(2026, "luonnos")).toBeNull();
      expect(m.servable.isServablePath("/uutiset/2026/luonnos")).toBe(false);
      const lists = [m.listings.archiveListing(), m.listings.topicListing("talous")];
      for (const list of [...lists, m.listings.yearListing(2026)])
        expect(list?.articles.map((a) => a.slug)).toEqual(["julkaistu"]);
    });

    it("are in no feed and not in the sitemap", () => {
      const published = m.articles.getAllArticles();
      for (const kind of ["rss", "atom"] as const) {
        const xml = (kind === "rss" ? m.feeds.renderRss : m.feeds.renderAtom)(
          m.feeds.feedInfo(kind),
          published,
        );
        expect(xml).toContain("/uutiset/2026/julkaistu");
        expect(xml).not.toContain("luonnos");
      }
      const urls = m.sitemap.sitemapEntries().map((e) => e.url);
      expect(urls.some((u) => u.endsWith("/uutiset/2026/julkaistu"))).toBe(true);
      expect(urls.some((u) => u.includes("luonnos"))).toBe(false);
    });

    it("are not found by search, even by a word only they contain", async () => {
      expect((await m.search.searchSite({ q: "salaisesta sopimuksesta" })).hits).toEqual([]);
      const found = await m.search.searchSite({ q: "julkaistu" });
      expect(found.hits.map((h) => h.path)).toEqual(["/uutiset/2026/julkaistu"]);
    });

    it("are in no issue, on the web or in the letter", () => {
      expect(titlesOf(m.archive.getArchivedIssue("2026-03-02"))).toEqual(["Julkaistu uutinen"]);
      const letter = m.compose.composeIssue(m.articles.getMailableArticles(), "2026-03-02");
      expect(titlesOf(letter)).toEqual(["Julkaistu uutinen"]);
    });
  });

  describe("where NODE_ENV is unset (npm run dev, or the newsletter commands from cron)", () => {
    let m: Awaited<ReturnType<typeof load>>;
    beforeAll(async () => (m = await load("development", content.dir)));

    it("the writer's development site shows them, but the letter never holds one", () => {
      expect(m.articles.getAllArticles().map((a) => a.slug)).toContain("luonnos");
      const letter = m.compose.composeIssue(m.articles.getMailableArticles(), "2026-03-02");
      expect(titlesOf(letter)).toEqual(["Julkaistu uutinen"]);
    });
  });
});
