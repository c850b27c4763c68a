import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { loadCompetitions } from "@/lib/content/competitions";
import { ContentError } from "@/lib/content/files";

const SEED = {
  slug: "rikoksentorjuntakilpailun-voitti-rikosuhripaivystyksen-ihmiskaupan-uhrien-erityistukipalvelu",
  path: "/uutiset/2023/rikoksentorjuntakilpailun-voitti-rikosuhripaivystyksen-ihmiskaupan-uhrien-erityistukipalvelu",
  title:
    "Rikoksentorjuntakilpailun voitti Rikosuhripäivystyksen ihmiskaupan uhrien erityistukipalvelu",
};

const OVERVIEW = `---
title: Kilpailu
sections:
  - heading: Järjestäjä
    facts:
      - text: Neuvosto järjestää kilpailun.
        sources: [a]
sources:
  - { id: a, name: Lähde A, url: https://example.fi/a }
---
`;

const year = (fields: string) => `---
year: 2023
winner: { name: Palvelu, organisation: Järjestö, sources: [a] }
${fields}
sources:
  - { id: a, name: Lähde A, url: https://example.fi/a }
---
`;

let dir = "";
function write(files: Record<string, string>) {
  dir = mkdtempSync(path.join(tmpdir(), "kilpailut-"));
  for (const [name, raw] of Object.entries(files)) writeFileSync(path.join(dir, name), raw);
  return dir;
}
afterEach(() => dir && rmSync(dir, { recursive: true, force: true }));

function problemsOf(files: Record<string, string>): string[] {
  try {
    loadCompetitions({ dir: write(files), articles: [SEED] });
  } catch (error) {
    if (error instanceof ContentError) return error.problems;
    throw error;
  }
  throw new Error("expected a ContentError");
}

describe("loadCompetitions", () => {
  it("reads the competition years on file, newest first, with the seed article linked to 2023", () => {
    const { overview, years } = loadCompetitions({ dir: "content/kilpailut", articles: [SEED] });
    expect(overview?.sections.length).toBeGreaterThan(3);
    expect(years.map((y) => y.year)).toEqual([2023, 2022, 2021, 2014]);
    expect(years[0]?.relatedArticles).toEqual([SEED]);
    expect(years[0]?.winner?.organisation).toBe("Rikosuhripäivystys (RIKU)");
  });

  it("names the file and the field of a bad date", () => {
    const problems = problemsOf({
      "kilpailu.md": OVERVIEW,
      "2023.md": year(
        "european: { text: T, event: E, start: 2023-02-30, end: 2023-12-14, place: V, country: S, countryCode: ES, sources: [a] }",
      ),
    });
    expect(problems).toEqual([
      expect.stringMatching(/2023\.md: european\.start: .*not a real calendar day$/),
    ]);
  });

  it("rejects a fact whose source is not declared in the file", () => {
    const problems = problemsOf({
      "kilpailu.md": OVERVIEW,
      "2023.md": year("theme: { text: Teema, sources: [b] }"),
    });
    expect(problems).toEqual([
      expect.stringMatching(/2023\.md: theme\.sources\.0: unknown source "b"/),
    ]);
  });

  it("rejects a fact without any source", () => {
    const problems = problemsOf({
      "kilpailu.md": OVERVIEW,
      "2023.md": year("jury: { text: Raati valitsi. }"),
    });
    expect(problems[0]).toMatch(/2023\.md: jury\.sources: /);
  });

  it("rejects a year that does not match its file name", () => {
    expect(problemsOf({ "kilpailu.md": OVERVIEW, "2022.md": year("") })).toEqual([
      expect.stringMatching(/2022\.md: year: does not match the file name/),
    ]);
  });

  it("rejects a related article slug that no published article has", () => {
    const problems = problemsOf({ "kilpailu.md": OVERVIEW, "2023.md": year("articles: [ei-ole]") });
    expect(problems).toEqual([
      expect.stringMatching(/2023\.md: articles\.0: no published article has the slug "ei-ole"/),
    ]);
  });

  it("refuses prose in the body, where facts could go without a source", () => {
    const problems = problemsOf({
      "kilpailu.md": OVERVIEW,
      "2023.md": `${year("")}\nLähteetön väite.\n`,
    });
    expect(problems).toEqual([expect.stringMatching(/2023\.md: body: /)]);
  });

  it("needs the overview file once any year is on file", () => {
    expect(problemsOf({ "2023.md": year("") })).toEqual([
      expect.stringMatching(/kilpailu\.md: missing/),
    ]);
  });

  it("gives no competition content for a content folder without competitions", () => {
    expect(loadCompetitions({ dir: write({}), articles: [] })).toEqual({
      overview: null,
      years: [],
    });
  });
});
