import { describe, expect, it } from "vitest";
import { escapeMarkup } from "@/lib/escape";

describe("escapeMarkup", () => {
  it("escapes the five characters that end text or a quoted attribute", () => {
    expect(escapeMarkup(`<a href="x" title='y'>K & K</a>`)).toBe(
      "&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;K &amp; K&lt;/a&gt;",
    );
  });

  it("drops control characters that XML forbids, keeping tab and line breaks", () => {
    expect(escapeMarkup("a\u0000b\u0008c\u000Bd\u001Fe\tf\ng\rh")).toBe("abcde\tf\ng\rh");
  });

  it("leaves Finnish text as it is", () => {
    expect(escapeMarkup("Äänestys päättyi – verottaja linjasi")).toBe(
      "Äänestys päättyi – verottaja linjasi",
    );
  });
});
