import { describe, expect, it } from "vitest";
import { readSearchParams, searchPath } from "@/lib/search/search-params";

describe("readSearchParams", () => {
  it("reads the query, topic, year and page of a search address", () => {
    const params = new URLSearchParams("q=verotus&aihe=verotus&vuosi=2024&sivu=3");
    expect(readSearchParams(params)).toEqual({
      q: "verotus",
      topic: "verotus",
      year: 2024,
      page: 3,
    });
  });

  it("takes the first of repeated parameters, as Next gives them to a page", () => {
    expect(readSearchParams({ q: ["raati", "lakko"], sivu: ["2", "9"] })).toMatchObject({
      q: "raati",
      page: 2,
    });
  });

  it("drops an unknown topic and an implausible year instead of failing", () => {
    expect(readSearchParams({ q: "x", aihe: "toString", vuosi: "20245" })).toEqual({
      q: "x",
      topic: undefined,
      year: undefined,
      page: 1,
    });
  });

  it("treats a page that is not a small positive whole number as page 1", () => {
    for (const sivu of ["0", "-1", "1.5", "abc", "9999999999", ""]) {
      expect(readSearchParams({ q: "x", sivu }).page).toBe(1);
    }
  });
});

describe("searchPath", () => {
  it("gives a shareable address with only the parameters in use", () => {
    expect(searchPath({ q: "ihmiskauppa & uhri", topic: "rikosoikeus", page: 2 })).toBe(
      "/haku?q=ihmiskauppa+%26+uhri&aihe=rikosoikeus&sivu=2",
    );
    expect(searchPath({ q: "" })).toBe("/haku");
  });
});
