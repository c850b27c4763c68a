import { afterEach, describe, expect, it } from "vitest";
import { ContentError } from "@/lib/content/files";
import { checkArticles, loadArticles } from "@/lib/content/loader";
import { article, fixture, makeContentDir } from "../../helpers/content-dir";

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));

function contentDir(files: Record<string, string>): string {
  const { dir, cleanup } = makeContentDir(files);
  cleanups.push(cleanup);
  return dir;
}

function problemsOf(files: Record<string, string>): string[] {
  const dir = contentDir(files);
  return checkArticles(dir).problems.map((line) => line.replaceAll(`${dir}/`, ""));
}

const load = (dir: string, today = "2030-01-01", includeDrafts = false) =>
  loadArticles({ dir, includeDrafts, today });

describe("loadArticles", () => {
  it("reads a valid article with its derived slug, year, path and main topics", () => {
    const [only] = load(contentDir({ "2024/a.md": fixture("articles/valid.md") }));
    expect(only).toMatchObject({
      slug: "verohallinto-julkaisi-uuden-ohjeen",
      year: 2024,
      path: "/uutiset/2024/verohallinto-julkaisi-uuden-ohjeen",
      mainTopics: ["verotus"],
      draft: false,
    });
  });

  it("lists articles newest first", () => {
    const dir = contentDir({
      "a.md": article({ title: "Vanha", date: "2020-01-01" }),
      "b.md": article({ title: "Uusi", date: "2025-06-30" }),
    });
    expect(load(dir).map((a) => a.title)).toEqual(["Uusi", "Vanha"]);
  });

  it("reports every problem of every bad file in one error, one line per problem", () => {
    const dir = contentDir({
      "ok.md": article(),
      "2023/bad-date.md": article({ date: "2023-02-30" }),
      "2023/two-problems.md": article({ topics: "[talous, tuntematon]", title: null }),
      "2023/bad-source.md": article({
        source: "\n  name: Tiedote\n  url: ftp://x.fi\n  date: 2023-1-1",
      }),
    });
    let error: unknown;
    try {
      load(dir);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ContentError);
    const lines = (error as ContentError).problems.map((l) => l.replaceAll(`${dir}/`, ""));
    expect(lines).toEqual([
      "2023/bad-date.md: date: 2023-02-30 is not a real calendar day",
      "2023/bad-source.md: source.url: expected an http(s) address",
      '2023/bad-source.md: source.date: expected YYYY-MM-DD, got "2023-1-1"',
      "2023/two-problems.md: title: missing",
      '2023/two-problems.md: topics: unknown topic "tuntematon"',
    ]);
  });

  it("rejects impossible dates instead of rolling them over", () => {
    expect(problemsOf({ "x.md": article({ date: "2023-02-30" }) })).toEqual([
      "x.md: date: 2023-02-30 is not a real calendar day",
    ]);
    expect(problemsOf({ "x.md": article({ date: "2024-02-29" }) })).toEqual([]);
  });

  it("rejects a duplicate slug in the same year, naming both files", () => {
    expect(
      problemsOf({
        "a.md": article({ title: "Sama otsikko" }),
        "b.md": article({ title: "Sama otsikko" }),
      }),
    ).toEqual(["b.md: slug: /uutiset/2024/sama-otsikko is already used by a.md"]);
  });

  it('refuses the slug "sivu", which would collide with /uutiset/YYYY/sivu/N', () => {
    expect(problemsOf({ "a.md": article({ slug: "sivu" }) })).toEqual([
      'a.md: slug: "sivu" is reserved for listing pages',
    ]);
    expect(problemsOf({ "b.md": article({ title: "Sivu" }) })).toEqual([
      'b.md: slug: "sivu" is reserved for listing pages; set another slug',
    ]);
  });

  it("rejects unknown fields so that a typo does not pass silently", () => {
    expect(problemsOf({ "a.md": article({ tpoics: "[talous]" }) })).toEqual([
      'a.md: (front matter): Unrecognized key: "tpoics"',
    ]);
  });

  it("leaves drafts out unless drafts are asked for", () => {
    const dir = contentDir({
      "a.md": article({ draft: "true" }),
      "b.md": article({ title: "Julkaistu" }),
    });
    expect(load(dir).map((a) => a.title)).toEqual(["Julkaistu"]);
    expect(load(dir, "2030-01-01", true)).toHaveLength(2);
  });

  it("does not list an article before its date, and lists it on that day", () => {
    const dir = contentDir({ "a.md": article({ date: "2026-12-01" }) });
    expect(load(dir, "2026-11-30")).toEqual([]);
    expect(load(dir, "2026-12-01")).toHaveLength(1);
  });

  it("accepts earlier addresses as aliases and refuses one that another article uses", () => {
    const dir = contentDir({
      "a.md": article({ title: "Uusi otsikko", aliases: "[/uutiset/2024/vanha-otsikko]" }),
      "b.md": article({ title: "Toinen", aliases: "[/uutiset/2024/uusi-otsikko]" }),
    });
    expect(checkArticles(dir).problems.map((l) => l.replaceAll(`${dir}/`, ""))).toEqual([
      "b.md: slug: /uutiset/2024/uusi-otsikko is already used by a.md",
    ]);
    expect(problemsOf({ "c.md": article({ aliases: "[/vanha]" }) })).toEqual([
      "c.md: aliases.0: expected an old address such as /uutiset/2023/vanha-osoite",
    ]);
  });

  it("names an image that is not in public/", () => {
    expect(
      problemsOf({ "a.md": article({ image: "\n  src: /kuvat/puuttuu.jpg\n  alt: Kuva" }) }),
    ).toEqual(["a.md: image.src: no file public/kuvat/puuttuu.jpg"]);
  });
});
