import { describe, expect, it } from "vitest";
import { fitTitle } from "@/lib/og/share-card";

describe("fitTitle", () => {
  it("keeps a title that fits", () => {
    const title =
      "Rikoksentorjuntakilpailun voitti Rikosuhripäivystyksen ihmiskaupan uhrien erityistukipalvelu";
    expect(fitTitle(title)).toBe(title);
  });

  it("cuts a very long title at a word and marks the cut", () => {
    const title = Array.from({ length: 40 }, (_, i) => `sana${i}`).join(" ");
    const fitted = fitTitle(title);
    expect(fitted.length).toBeLessThanOrEqual(151);
    expect(fitted.endsWith("…")).toBe(true);
    expect(title.startsWith(fitted.slice(0, -1))).toBe(true);
    expect(fitted.at(-2)).not.toBe(" ");
  });
});
