import { describe, expect, it } from "vitest";
import { loadArticles } from "@/lib/content/loader";
import { newsArticleJsonLd } from "@/lib/site/article-structured-data";
import { getEnv } from "@/lib/env";
import { article, makeContentDir } from "../../helpers/content-dir";

function one(overrides: Record<string, string>) {
  const { dir, cleanup } = makeContentDir({ "a.md": article(overrides) });
  try {
    const [only] = loadArticles({ dir, includeDrafts: false, today: "2030-01-01" });
    return newsArticleJsonLd(only!);
  } finally {
    cleanup();
  }
}

describe("newsArticleJsonLd", () => {
  it("names the source release as isBasedOn and uses absolute URLs from SITE_URL", () => {
    const data = one({});
    expect(data).toMatchObject({
      "@type": "NewsArticle",
      headline: "Testiuutinen",
      datePublished: "2024-03-15",
      url: `${getEnv().SITE_URL}/uutiset/2024/testiuutinen`,
      isBasedOn: {
        "@type": "CreativeWork",
        name: "Tiedote",
        url: "https://example.fi/t",
        datePublished: "2024-03-14",
      },
    });
    expect(data).not.toHaveProperty("dateModified");
  });

  it("gives dateModified once the article has been updated", () => {
    expect(one({ updated: "2024-04-01" })).toMatchObject({ dateModified: "2024-04-01" });
  });
});
