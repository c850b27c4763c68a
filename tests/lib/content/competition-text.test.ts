import { describe, expect, it } from "vitest";
import { summarizeYear } from "@/lib/content/competition-text";
import type { CompetitionYear } from "@/lib/content/competitions";

const base = {
  file: "x.md",
  path: "/rikoksentorjuntakilpailu/2021",
  relatedArticles: [],
  sources: [],
};

describe("summarizeYear", () => {
  it("names the national winner and its organisation", () => {
    const year = {
      ...base,
      year: 2023,
      winner: { name: "Palvelu", organisation: "Järjestö", sources: ["a"] },
    };
    expect(summarizeYear(year as CompetitionYear)).toBe("Voittaja: Palvelu, Järjestö.");
  });

  it("names only Finland's European entry, and its result, when no national winner is on file", () => {
    const year = {
      ...base,
      year: 2021,
      ecpaEntry: { name: "Malli", result: "Sijoittui toiseksi.", sources: ["a"] },
    };
    expect(summarizeYear(year as CompetitionYear)).toBe(
      "Suomen ehdokas Euroopan rikoksentorjuntakilpailussa: Malli. Sijoittui toiseksi.",
    );
  });
});
