import { describe, expect, it } from "vitest";
import { searchArticles } from "@/lib/search/search";
import { buildSearchIndex } from "@/lib/search/search-index";
import { MAX_QUERY_LENGTH } from "@/lib/search/text";
import { searchFixtureArticles, searchFixtureIndex } from "../../helpers/search-fixtures";

const index = searchFixtureIndex();
const slugs = (result: ReturnType<typeof searchArticles>) =>
  result.hits.map((hit) => hit.path.split("/").pop());
const marked = (segments: { text: string; mark: boolean }[]) =>
  segments.filter((s) => s.mark).map((s) => s.text);

describe("ranking", () => {
  it("puts a title match above a newer body match", () => {
    // tietosuoja (2023) has it in the title, kilpailuvirasto (2024) only in the body.
    expect(slugs(searchArticles(index, { q: "seuraamusmaksu" }))).toEqual([
      "tietosuoja",
      "kilpailuvirasto",
    ]);
  });

  it("puts the newer article first among title matches", () => {
    expect(slugs(searchArticles(index, { q: "verotus" }))).toEqual([
      "yritysverotus",
      "perintovero",
    ]);
  });

  it("puts the newer article first among body matches", () => {
    expect(slugs(searchArticles(index, { q: "korkein oikeus" }))).toEqual([
      "tyosopimus",
      "kaupunki",
    ]);
  });

  it("counts an editor's keyword as a title word", () => {
    const result = searchArticles(index, { q: "viitekorko" });
    expect(slugs(result)).toEqual(["asuntolainat"]);
  });
});

describe("filters and pages", () => {
  it("keeps only the topic asked for, a main topic including its subtopics", () => {
    expect(slugs(searchArticles(index, { q: "kilpailu", topic: "juridiikka" }))).toEqual([
      "rikoksentorjuntakilpailu",
    ]);
    expect(slugs(searchArticles(index, { q: "kilpailu", topic: "yritystalous" }))).toEqual([
      "kilpailuvirasto",
    ]);
  });

  it("keeps only the year asked for", () => {
    expect(slugs(searchArticles(index, { q: "kilpailu", year: 2021 }))).toEqual([
      "rikoksentorjuntakilpailu",
    ]);
    expect(searchArticles(index, { q: "kilpailu", year: 1999 }).total).toBe(0);
  });

  it("splits results into pages and shows the last page for a page number past the end", () => {
    const second = searchArticles(index, { q: "kilpailu", page: 2 }, 1);
    expect(second).toMatchObject({ total: 2, page: 2, totalPages: 2 });
    expect(slugs(second)).toEqual(["rikoksentorjuntakilpailu"]);
    expect(searchArticles(index, { q: "kilpailu", page: 1e12 }, 1).page).toBe(2);
    expect(searchArticles(index, { q: "kilpailu", page: -5 }, 1).page).toBe(1);
  });
});

describe("snippets", () => {
  it("marks every matched form of the query words in the title and the snippet", () => {
    const [hit] = searchArticles(index, { q: "raati" }).hits;
    expect(marked(hit!.title)).toEqual(["Raati"]);
    expect(marked(hit!.snippet)).toEqual(expect.arrayContaining(["Raadin", "Raatia"]));
  });

  it("starts near the first body match and says when text was left out", () => {
    const [hit] = searchArticles(index, { q: "korkokattoja" }).hits;
    const text = hit!.snippet.map((s) => s.text).join("");
    expect(text.startsWith("… ")).toBe(true);
    expect(marked(hit!.snippet)).toEqual(["korkokattoja"]);
  });

  it("keeps markup of the article as plain text segments", () => {
    const [hit] = searchArticles(index, { q: "merkintäkieli" }).hits;
    expect(hit!.title.map((s) => s.text).join("")).toBe(
      "Merkintäkieli <b>otsikossa</b> näkyy tekstinä",
    );
  });
});

describe("limits and suggestions", () => {
  it("cuts a query to its first 200 characters", () => {
    const result = searchArticles(index, { q: `raati ${"x".repeat(10_000)}` });
    expect(result.query).toHaveLength(MAX_QUERY_LENGTH);
    expect(result.total).toBe(0);
  });

  it("answers an empty or punctuation-only query with nothing", () => {
    for (const q of ["", "   ", "!!! ??? ---", "\u0000\u0007"])
      expect(searchArticles(index, { q }).total).toBe(0);
  });

  it("reads only the first dozen words of a long query", () => {
    const words = "raati raadin raatia raateja valitsi vuoden oikeustoimittajan riippumaton arvioi";
    const q = `${words} ehdokasta palkinto jaetaan xyzzy`;
    expect(slugs(searchArticles(index, { q }))).toEqual(["raati"]);
  });

  it("suggests the nearest word written in the articles for a misspelt one", () => {
    expect(searchArticles(index, { q: "lomatus" }).suggestions).toEqual(["lomautus"]);
    expect(searchArticles(index, { q: "markinaoikeuteen" }).suggestions).toEqual([
      "markkinaoikeuteen",
    ]);
  });

  it("suggests each word alone when the words never meet in one article", () => {
    expect(searchArticles(index, { q: "raati kartelli" }).suggestions).toEqual([
      "raati",
      "kartelli",
    ]);
  });

  it("suggests nothing when results were found", () => {
    expect(searchArticles(index, { q: "raati" }).suggestions).toEqual([]);
  });
});

describe("words that are names of JavaScript object properties", () => {
  // An article that uses them, besides the fixture articles.
  const [model] = searchFixtureArticles();
  const article = {
    ...model!,
    title: "Ohjelmistosopimukset ja lähdekoodi",
    lead: "",
    body: "Luokan constructor, toString ja hasOwnProperty sekä __proto__ ovat koodia.",
    keywords: [],
    slug: "lahdekoodi",
    path: "/uutiset/2030/lahdekoodi",
  };
  const withCode = buildSearchIndex([...searchFixtureArticles(), article]);

  it("are words like any other, found by their own name", () => {
    for (const q of ["constructor", "tostring", "hasOwnProperty", "proto"])
      expect(slugs(searchArticles(withCode, { q })), q).toEqual(["lahdekoodi"]);
    expect(marked(searchArticles(withCode, { q: "constructor" }).hits[0]!.snippet)).toEqual([
      "constructor",
    ]);
  });

  it("do not break queries that sort next to them", () => {
    for (const q of ["function", "functional", "object", "valueof", "prototype"])
      expect(searchArticles(withCode, { q }).total, q).toBe(0);
  });
});
