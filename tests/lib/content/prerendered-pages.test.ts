import { describe, expect, it } from "vitest";
import { prerenderedPageNumbers } from "@/lib/content/listings";
import { extraPageNumbers } from "@/lib/content/pagination";

describe("prerenderedPageNumbers", () => {
  it("prerenders the first five pages of a long listing and leaves the rest to first request", () => {
    expect(extraPageNumbers(5000)).toHaveLength(249);
    expect(prerenderedPageNumbers(5000)).toEqual(["2", "3", "4", "5"]);
  });

  it("prerenders every page of a listing shorter than that", () => {
    expect(prerenderedPageNumbers(61)).toEqual(["2", "3", "4"]);
    expect(prerenderedPageNumbers(20)).toEqual([]);
  });
});
