import { afterEach, describe, expect, it } from "vitest";
import { checkArticles } from "@/lib/content/loader";
import { article, makeContentDir } from "../../helpers/content-dir";

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));

function check(keywords: string) {
  const { dir, cleanup } = makeContentDir({ "a.md": article({ keywords }) });
  cleanups.push(cleanup);
  const { articles, problems } = checkArticles(dir);
  return { articles, problems: problems.map((line) => line.replace(`${dir}/`, "")) };
}

describe("front matter keywords (search synonyms)", () => {
  it("are optional and read as a list of words and phrases", () => {
    expect(check("[ALV, arvonlisävero, veroale]").articles[0]!.keywords).toEqual([
      "ALV",
      "arvonlisävero",
      "veroale",
    ]);
    const { dir, cleanup } = makeContentDir({ "a.md": article() });
    cleanups.push(cleanup);
    expect(checkArticles(dir).articles[0]!.keywords).toBeUndefined();
  });

  it("reject a single word instead of a list", () => {
    expect(check("ALV").problems).toEqual(["a.md: keywords: expected a list of search words"]);
  });

  it("reject an empty keyword, a number and one longer than 60 characters", () => {
    expect(check(`["", 42, ${"a".repeat(61)}]`).problems).toEqual([
      "a.md: keywords.0: must not be empty",
      "a.md: keywords.1: expected text",
      "a.md: keywords.2: at most 60 characters",
    ]);
  });

  it("reject more than 20 keywords", () => {
    const many = Array.from({ length: 21 }, (_, i) => `sana${i}`).join(", ");
    expect(check(`[${many}]`).problems).toEqual(["a.md: keywords: at most 20 keywords"]);
  });
});
