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
    expect(isServablePath("/uutiskirje/arkisto")).toBe(true);
  });

  it("stops any address under a growing route that no rule names (deny by default)", () => {
    expect(isServablePath("/uutiset/2023/vanha-3/lisaa")).toBe(false);
    expect(isServablePath("/uutiset/2023/vanha-3/opengraph-image/x")).toBe(false);
    expect(isServablePath("/uutiset/sivu/2/x")).toBe(false);
    expect(isServablePath("/uutiset/2023/sivu/2/x")).toBe(false);
    expect(isServablePath("/aiheet/talous/sivu/2/x")).toBe(false);
    expect(isServablePath("/uutiskirje/arkisto/2023-10-02/x")).toBe(false);
    expect(isServablePath("/uutiskirje/arkisto/sivu/2/x")).toBe(false);
  });

  // Next matches routes on the raw segments and decodes the parameters afterwards, so
  // "x%2Fy" reaches [slug] as "x/y" and its 404 is cached; and "2023%2Fvanha-3" reaches
  // [year] as "2023/vanha-3".
  describe("encoded separators and other disguises, under every growing route", () => {
    const DISGUISES = [
      ["an encoded slash", "%2F"],
      ["an encoded slash in lower case", "%2f"],
      ["an encoded backslash", "%5C"],
      ["an encoded backslash in lower case", "%5c"],
      ["a slash encoded twice", "%252F"],
      ["a backslash encoded twice", "%255c"],
      ["a slash encoded three times", "%25252F"],
      ["an overlong two-byte slash", "%C0%AF"],
      ["an overlong three-byte slash", "%E0%80%AF"],
      ["an overlong backslash", "%C1%9C"],
      ["a broken escape", "%E0%A4%A"],
      ["a lone percent sign", "%"],
    ] as const;
    // Each address names something that exists once the disguise is read as a separator.
    const ROUTES = (d: string) => [
      `/uutiset/2023/vanha-3${d}x`,
      `/uutiset/2023${d}vanha-3`,
      `/uutiset/2023/x${d}vanha-3`,
      `/uutiset/sivu${d}2`,
      `/uutiset/sivu/2${d}`,
      `/uutiset/2023${d}sivu${d}2`,
      `/uutiset/2023/sivu/2${d}x`,
      `/uutiset/x${d}2023`,
      `/uutiset/2023/vanha-3${d}x/opengraph-image`,
      `/uutiset/2023/vanha-3/opengraph-image${d}x`,
      `/aiheet/talous/sivu/2${d}x`,
      `/aiheet/talous${d}x/sivu/2`,
      `/uutiskirje/arkisto/2023-10-02${d}x`,
      `/uutiskirje/arkisto/x${d}2023-10-02`,
      `/uutiskirje/arkisto/sivu${d}2`,
      `/uutiskirje/arkisto/feed.xml${d}x`,
    ];

    for (const [name, disguise] of DISGUISES) {
      it(`stops ${name} (${disguise})`, () => {
        const servable = ROUTES(disguise).filter((p) => isServablePath(p));
        expect(servable).toEqual([]);
      });
    }

    // RFC 3986 §6.2.2.2: an encoded unreserved character names the same resource, and Next
    // files both spellings under the one decoded page.
    it("lets through a plain letter written encoded, as the same page", () => {
      expect(isServablePath("/uutiset/2023/vanha%2D3")).toBe(true);
      expect(isServablePath("/uutiset/2023/v%61nha-3")).toBe(true);
      expect(isServablePath("/uutiskirje/arkisto/2023-10-0%32")).toBe(true);
      expect(isServablePath("/uutiset/2023/v%61nha-99")).toBe(false);
    });

    it("stops dot segments and empty segments", () => {
      expect(isServablePath("/uutiset/2023/%2E%2E/2023/vanha-3")).toBe(false);
      expect(isServablePath("/uutiset/2023/./vanha-3")).toBe(false);
      expect(isServablePath("/uutiset/2023//vanha-3")).toBe(false);
    });
  });
});
