import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { article, makeContentDir } from "@/tests/helpers/content-dir";

// getAllArticles with the clock handed in, on real files: the day's article appears at 00:00
// Helsinki in a process that loaded the files the evening before, without reading them again.
describe("getAllArticles across midnight in Helsinki", () => {
  const content = makeContentDir({
    "uutiset/tanaan.md": article({
      title: "Tämän päivän uutinen",
      slug: "tanaan",
      date: "2026-12-01",
    }),
    "uutiset/huomenna.md": article({
      title: "Huomisen uutinen",
      slug: "huomenna",
      date: "2026-12-02",
    }),
  });
  let articles: typeof import("@/lib/content/articles");

  beforeAll(async () => {
    vi.stubEnv("CONTENT_DIR", content.dir);
    vi.stubEnv("NODE_ENV", "test");
    vi.resetModules(); // lib/env parses the configuration once per module instance
    delete (globalThis as { __articleCache?: unknown }).__articleCache;
    articles = await import("@/lib/content/articles");
  });
  afterAll(() => {
    vi.unstubAllEnvs();
    delete (globalThis as { __articleCache?: unknown }).__articleCache;
    content.cleanup();
  });

  const slugsAt = (iso: string) => articles.getAllArticles(Date.parse(iso)).map((a) => a.slug);

  it("leaves tomorrow's article out at 23:59:59 Helsinki", () => {
    expect(slugsAt("2026-12-01T21:59:59Z")).toEqual(["tanaan"]);
  });

  it("shows it from 00:00 Helsinki, newest first, while the UTC date is still the 1st", () => {
    expect(slugsAt("2026-12-01T22:00:00Z")).toEqual(["huomenna", "tanaan"]);
    expect(slugsAt("2026-12-01T23:59:00Z")).toEqual(["huomenna", "tanaan"]);
  });

  it("finds it by its address only from then on", () => {
    const before = Date.parse("2026-12-01T21:59:59Z");
    const after = Date.parse("2026-12-01T22:00:01Z");
    expect(articles.getArticleBySlug(2026, "huomenna", before)).toBeNull();
    expect(articles.getArticleBySlug(2026, "huomenna", after)?.title).toBe("Huomisen uutinen");
  });

  it("gives the same list object for every call within a day (cheap per request)", () => {
    const first = articles.getAllArticles(Date.parse("2026-12-02T08:00:00Z"));
    expect(articles.getAllArticles(Date.parse("2026-12-02T09:00:00Z"))).toBe(first);
  });
});
