import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { article, makeContentDir } from "@/tests/helpers/content-dir";

// What proxy.ts lets through to the growing routes, on real files and the real clock's day
// (every article here is dated well before it, except the one dated far ahead).
describe("isServablePath", () => {
  const many = Object.fromEntries(
    Array.from({ length: 25 }, (_, i) => [
      `uutiset/vanha-${i}.md`,
      article({ title: `Vanha uutinen ${i}`, slug: `vanha-${i}`, date: "2023-10-02" }),
    ]),
  );
  const content = makeContentDir({
    ...many,
    "uutiset/siirretty.md": article({
      title: "Siirretty uutinen",
      slug: "siirretty",
      date: "2023-10-03",
      aliases: "[/uutiset/2023/vanha-osoite]",
    }),
    "uutiset/tuleva.md": article({ title: "Tuleva uutinen", slug: "tuleva", date: "2099-01-01" }),
  });
  let isServablePath: (pathname: string) => boolean;

  beforeAll(async () => {
    vi.stubEnv("CONTENT_DIR", content.dir);
    vi.stubEnv("NODE_ENV", "test");
    vi.resetModules();
    delete (globalThis as { __articleCache?: unknown }).__articleCache;
    ({ isServablePath } = await import("@/lib/publishing/servable-path"));
  });
  afterAll(() => {
    vi.unstubAllEnvs();
    delete (globalThis as { __articleCache?: unknown }).__articleCache;
    content.cleanup();
  });

  it("lets through a published article, its share card and its old address", () => {
    expect(isServablePath("/uutiset/2023/vanha-3")).toBe(true);
    expect(isServablePath("/uutiset/2023/vanha-3/opengraph-image")).toBe(true);
    expect(isServablePath("/uutiset/2023/vanha-osoite")).toBe(true);
  });

  it("stops an unknown slug, a wrong year and a future article before they reach the cache", () => {
    expect(isServablePath("/uutiset/2023/keksitty")).toBe(false);
    expect(isServablePath("/uutiset/2024/vanha-3")).toBe(false);
    expect(isServablePath("/uutiset/2099/tuleva")).toBe(false);
    expect(isServablePath("/uutiset/2099/tuleva/opengraph-image")).toBe(false);
    expect(isServablePath("/uutiset/%E0%A4%A/x")).toBe(false);
  });

  it("lets through listing pages that exist and stops the rest", () => {
    expect(isServablePath("/uutiset/sivu/2")).toBe(true);
    expect(isServablePath("/uutiset/sivu/3")).toBe(false);
    expect(isServablePath("/uutiset/sivu/02")).toBe(false);
    expect(isServablePath("/uutiset/2023")).toBe(true);
    expect(isServablePath("/uutiset/2099")).toBe(false);
    expect(isServablePath("/uutiset/2023/sivu/2")).toBe(true);
    expect(isServablePath("/aiheet/talous/sivu/2")).toBe(true);
    expect(isServablePath("/aiheet/talous/sivu/9")).toBe(false);
  });

  it("lets through issues that came out and stops days without one", () => {
    expect(isServablePath("/uutiskirje/arkisto/2023-10-02")).toBe(true);
    expect(isServablePath("/uutiskirje/arkisto/2023-10-04")).toBe(false);
    expect(isServablePath("/uutiskirje/arkisto/2099-01-01")).toBe(false);
    expect(isServablePath("/uutiskirje/arkisto/feed.xml")).toBe(true);
  });

  it("leaves every other address to its route", () => {
    expect(isServablePath("/uutiset")).toBe(true);
    expect(isServablePath("/aiheet/talous")).toBe(true);
  });
});
