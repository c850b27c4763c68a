import { describe, expect, it } from "vitest";
import { extraPageNumbers, pagePath, paginate } from "@/lib/content/pagination";

const items = Array.from({ length: 45 }, (_, i) => i + 1);

describe("paginate", () => {
  it("gives 20 items a page and a short last page", () => {
    expect(paginate(items, 1)).toMatchObject({
      items: items.slice(0, 20),
      page: 1,
      totalPages: 3,
      total: 45,
    });
    expect(paginate(items, 3)?.items).toEqual([41, 42, 43, 44, 45]);
  });

  it("gives null for a page that does not exist, so the route answers 404", () => {
    expect([0, 4, 1.5, Number.NaN].map((page) => paginate(items, page))).toEqual([
      null,
      null,
      null,
      null,
    ]);
  });

  it("has one empty first page for an empty listing", () => {
    expect(paginate([], 1)).toEqual({ items: [], page: 1, totalPages: 1, total: 0 });
  });
});

describe("page addresses", () => {
  it("builds only the extra pages under /sivu/N; page 1 is the listing itself", () => {
    expect(extraPageNumbers(45)).toEqual(["2", "3"]);
    expect(extraPageNumbers(20)).toEqual([]);
    expect([
      pagePath("/uutiset", 1),
      pagePath("/uutiset", 2),
      pagePath("/aiheet/talous", 3),
    ]).toEqual(["/uutiset", "/uutiset/sivu/2", "/aiheet/talous/sivu/3"]);
  });
});
