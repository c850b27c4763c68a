import { describe, expect, it } from "vitest";
import { searchArticles } from "@/lib/search/search";
import { searchFixtureIndex, seedIndex } from "../../helpers/search-fixtures";

const index = searchFixtureIndex();
const slugsFound = (q: string) =>
  searchArticles(index, { q }, 100).hits.map((hit) => hit.path.split("/").pop());

// Query as a reader might type it → every fixture article it must find (and nothing else).
const FINDS: [string, string[], string][] = [
  [
    "verotus",
    ["yritysverotus", "perintovero"],
    "the word inside compounds (yritys-, perintöverotus)",
  ],
  ["verotuksen", ["yritysverotus", "perintovero"], "-us/-uksen inflection class"],
  ["verotukseen", ["yritysverotus", "perintovero"], "illative of an -us noun"],
  ["yritysverotus", ["yritysverotus"], "nominative finds the genitive in the title"],
  ["YRITYSVEROTUS", ["yritysverotus"], "case is ignored"],
  ["arvonlisävero", ["yritysverotus"], "arvonlisäveroon in the lead"],
  ["arvonlisavero", ["yritysverotus"], "typed without umlauts"],
  ["vero", ["yritysverotus", "perintovero"], "last part of lahjavero, ennakkoveroa, perintöveron"],
  ["alv", ["yritysverotus"], "editor's keyword"],
  ["veroale", ["yritysverotus"], "editor's keyword, not in the text"],
  ["raati", ["raati"], "nominative"],
  ["raadin", ["raati"], "consonant gradation t/d, query in the weak grade"],
  ["raatia", ["raati"], "partitive"],
  ["raateja", ["raati"], "plural partitive"],
  ["ihmiskauppa", ["ihmiskauppa"], "gradation pp/p: ihmiskaupan in the title"],
  ["ihmiskaupan", ["ihmiskauppa"], "genitive query"],
  ["ihmiskaupoissa", ["ihmiskauppa"], "plural inessive"],
  ["kauppa", ["ihmiskauppa"], "last part of a compound"],
  ["uhri", ["ihmiskauppa"], "uhrien, uhri"],
  ["uhreja", ["ihmiskauppa"], "plural partitive query"],
  ["rikosuhripaivystys", ["ihmiskauppa"], "umlaut-free compound, -us/-yksen class"],
  ["Rikosuhripäivystyksen", ["ihmiskauppa"], "as written in the text"],
  [
    "kilpailu",
    ["kilpailuvirasto", "rikoksentorjuntakilpailu"],
    "hyphenated first part and compound end",
  ],
  ["kilpailun", ["kilpailuvirasto", "rikoksentorjuntakilpailu"], "genitive query"],
  ["rikoksentorjuntakilpailu", ["rikoksentorjuntakilpailu"], "the whole compound"],
  ["rikoksentorjunta", ["rikoksentorjuntakilpailu"], "first part of a compound"],
  ["hanke", ["rikoksentorjuntakilpailu"], "gradation nk/nkk: hankkeen"],
  ["helsinki", ["rikoksentorjuntakilpailu"], "gradation nk/ng: Helsingissä"],
  ["tyosopimus", ["tyosopimus"], "työsopimuksen typed without umlauts"],
  ["irtisanominen", ["tyosopimus"], "-nen/-sen class: irtisanomisen"],
  ["työnantajan", ["tyosopimus"], "genitive of a compound"],
  ["korkein oikeus", ["tyosopimus", "kaupunki"], "two words, both needed"],
  ["asuntolaina", ["asuntolainat"], "plural genitive asuntolainojen"],
  ["korko", ["asuntolainat"], "korot in the title, viitekorko keyword; not korkein"],
  ["suomen pankki", ["asuntolainat"], "gradation nk/nk in Pankin"],
  ["tietosuoja", ["tietosuoja"], "first part of tietosuojavaltuutettu and tietosuoja-asetus"],
  ["gdpr", ["tietosuoja"], "keyword"],
  ["seuraamusmaksu", ["tietosuoja", "kilpailuvirasto"], "title and body"],
  ["henkilötieto", ["tietosuoja"], "Henkilötietoja"],
  ["perintövero", ["perintovero"], "perintöveron"],
  ["perintoverotus", ["perintovero"], "umlaut-free"],
  ["lahjavero", ["perintovero"], "nominative"],
  ["kansallinen", ["rahanpesu"], "-nen/-sen class"],
  ["rahanpesu", ["rahanpesu"], "rahanpesun, rahanpesua"],
  ["keskusrikospoliisi", ["rahanpesu"], "Keskusrikospoliisin"],
  ["strategia", ["rahanpesu"], "-ia loan word"],
  ["lupa", ["kaupunki"], "gradation p/v: luvan, lupaa"],
  ["rakennuslupa", ["kaupunki"], "compound with gradation: Rakennusluvan"],
  ["kaupunki", ["kaupunki", "rikoksentorjuntakilpailu"], "and the first part of kaupunginosissa"],
  ["hallinto-oikeus", ["kaupunki", "tietosuoja"], "hyphenated: both parts, hallinto-oikeuteen"],
  ["markkinaoikeus", ["kilpailuvirasto"], "-us/-ute- class: markkinaoikeuteen"],
  ["uhrien yhteistyö", ["ihmiskauppa"], "multi-word, umlauts"],
  ["kuluttaja kartelli", ["kilpailuvirasto"], "multi-word, compound part and inflection"],
];

// Queries that must find nothing: unrelated words, and the near misses the compound and
// gradation rules are designed to keep out.
const FINDS_NOTHING: [string, string][] = [
  ["talo", "talous is another word"],
  ["kilpa", "too short to be the first part of kilpailu"],
  ["kilp", "a fragment"],
  ["raa", "a fragment"],
  ["kaveri", "shares the key end of vero"],
  ["verho", "one letter from vero"],
  ["uhka", "one letter from uhri"],
  ["korkea", "korkein is its superlative, not korko"],
  ["lakko", "strike"],
  ["laiva", "ship"],
  ["juna", "train"],
  ["metsä", "forest"],
  ["sähkö", "electricity"],
  ["ilmasto", "climate"],
  ["vaalit", "elections"],
  ["presidentti", "president"],
  ["urheilu", "sport"],
  ["jalkapallo", "football"],
  ["musiikki", "music"],
  ["teatteri", "theatre"],
  ["ruoka", "food"],
  ["maatalous", "agriculture; kotitalous is another compound"],
  ["kuluttajansuoja", "a compound no article has"],
  ["opettaja", "teacher"],
  ["sairaala", "hospital"],
  ["kirkko", "church"],
  ["asunto kala", "the second word is in no article"],
  ["ihmiskauppa kartelli", "both words exist, never in one article"],
  ["raati verotus", "both words exist, never in one article"],
  ["verotusraati", "no such compound"],
  ["oikeusministeri kartelli", "both exist, in different articles"],
  ["mies", "too short for a compound part of lakimies"],
  ["tori", "not the end of a word in the articles"],
  ["<iframe>", "markup is searched as its words, and no article has this one"],
  ["koira", "dog"],
  ["kissa", "cat"],
  ["elokuva", "film"],
  ["avaruus", "space"],
  ["taide", "art"],
  ["12345", "a number no article has"],
  ["ääöö", "letters only"],
  ["xyzzy", "nonsense"],
  ["qwertyuiop", "nonsense"],
];

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

  it.each(["talo", "verotus", "kilpa", "korko", "lakko"])("is not found by %s", (q) => {
    expect(searchArticles(seed, { q }).total).toBe(0);
  });
});
