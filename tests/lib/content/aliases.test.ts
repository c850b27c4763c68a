import { describe, expect, it } from "vitest";
import { aliasRedirects } from "@/lib/content/aliases";
import { ContentError } from "@/lib/content/files";

const article = (aliases: string[]) => ({
  file: "content/uutiset/2024/uusi.md",
  path: "/uutiset/2024/uusi",
  aliases,
});

describe("aliasRedirects", () => {
  it("turns each alias into a permanent redirect to the canonical path", () => {
    expect(aliasRedirects([article(["/uutiset/2024/vanha", "/vanhat/123"])])).toEqual([
      { source: "/uutiset/2024/vanha", destination: "/uutiset/2024/uusi", permanent: true },
      { source: "/vanhat/123", destination: "/uutiset/2024/uusi", permanent: true },
    ]);
  });

  it("fails, naming file and field, when an alias would hide a page of the site", () => {
    expect(() => aliasRedirects([article(["/uutiset/2024/vanha", "/uutiset/2023"])])).toThrow(
      /content\/uutiset\/2024\/uusi\.md: aliases\.1: "\/uutiset\/2023" is a page of the site/,
    );
    expect(() => aliasRedirects([article(["/rikoksentorjuntakilpailu"])])).toThrow(ContentError);
  });

  it("fails on an alias that could never match a request", () => {
    expect(() => aliasRedirects([article(["/vanha/"])])).toThrow(/aliases\.0: "\/vanha\/" must not end/);
  });
});
