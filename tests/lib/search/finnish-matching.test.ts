import { describe, expect, it } from "vitest";
import { searchArticles } from "@/lib/search/search";
import { FINDS, FINDS_NOTHING } from "../../fixtures/search-cases";
import { searchFixtureIndex, seedIndex } from "../../helpers/search-fixtures";

const index = searchFixtureIndex();
const slugsFound = (q: string) =>
  searchArticles(index, { q }, 100).hits.map((hit) => hit.path.split("/").pop());

describe("Finnish matching over the search fixtures", () => {
  it.each(FINDS)("%s finds %j (%s)", (q, expected) => {
    expect(slugsFound(q).sort()).toEqual([...expected].sort());
  });

  it.each(FINDS_NOTHING)("%s finds nothing (%s)", (q) => {
    expect(slugsFound(q)).toEqual([]);
  });
});

describe("the seed article", () => {
  const seed = seedIndex();
  it.each([
    "rikoksentorjuntakilpailu",
    "ihmiskauppa",
    "rikosuhripaivystys",
    "Rikosuhripäivystys",
    "kilpailu",
    "raati",
    "erityistukipalvelu",
    "ihmiskaupan uhri",
    "valencia",
  ])("is found by %s", (q) => {
    expect(searchArticles(seed, { q }).total).toBe(1);
  });

  // "perusteita" (peruste): its guessed "perustet" starts no compound ("perustettiin").
  it.each(["talo", "verotus", "kilpa", "korko", "lakko", "perusteita"])(
    "is not found by %s",
    (q) => {
      expect(searchArticles(seed, { q }).total).toBe(0);
    },
  );
});
