// @vitest-environment jsdom
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadArticles, type Article } from "@/lib/content/loader";
import { feedInfo, renderAtom, renderRss } from "@/lib/feeds/feeds";
import { getEnv } from "@/lib/env";
import { article, fixture, makeContentDir } from "../../helpers/content-dir";

function parseXml(text: string): Document {
  const doc = new DOMParser().parseFromString(text, "application/xml");
  const error = doc.getElementsByTagName("parsererror")[0];
  if (error) throw new Error(`not well-formed XML: ${error.textContent}`);
  return doc;
}

let articles: Article[];
let cleanup: () => void;
beforeAll(() => {
  const made = makeContentDir({
    "hostile.md": fixture("articles/hostile.md"),
    "valid.md": fixture("articles/valid.md"),
    "talvi.md": article({ title: "Talviuutinen & muuta", date: "2024-01-15", topics: "[talous]" }),
  });
  cleanup = made.cleanup;
  articles = loadArticles({ dir: made.dir, includeDrafts: false, today: "2030-01-01" });
});
afterAll(() => cleanup());

describe("renderRss", () => {
  it("gives well-formed RSS 2.0 whose hostile titles stay text", () => {
    const doc = parseXml(renderRss(feedInfo("rss"), articles));
    const titles = [...doc.querySelectorAll("item > title")].map((t) => t.textContent);
    expect(titles[0]).toContain("<script>window.__pwned=1</script>");
    expect(titles).toContain("Talviuutinen & muuta");
    expect(doc.querySelector("item > script")).toBeNull();
  });

  it("links every item with an absolute URL from SITE_URL and a Helsinki-day pubDate", () => {
    const doc = parseXml(renderRss(feedInfo("rss"), articles));
    const links = [...doc.querySelectorAll("item > link")].map((l) => l.textContent);
    expect(links).toContain(`${getEnv().SITE_URL}/uutiset/2024/talviuutinen-muuta`);
    expect(links.every((l) => l?.startsWith(`${getEnv().SITE_URL}/uutiset/`))).toBe(true);
    const winter = [...doc.querySelectorAll("item")].find((i) =>
      i.querySelector("title")?.textContent?.startsWith("Talvi"),
    );
    expect(winter?.querySelector("pubDate")?.textContent).toBe("Sun, 14 Jan 2024 22:00:00 GMT");
  });
});

describe("renderAtom", () => {
  it("gives a well-formed Atom feed for a topic with a self link", () => {
    const doc = parseXml(
      renderAtom(
        feedInfo("atom", "verotus"),
        articles.filter((a) => a.mainTopics.includes("verotus")),
      ),
    );
    expect(doc.documentElement.namespaceURI).toBe("http://www.w3.org/2005/Atom");
    expect(doc.querySelector('link[rel="self"]')?.getAttribute("href")).toBe(
      `${getEnv().SITE_URL}/aiheet/verotus/atom.xml`,
    );
    expect([...doc.querySelectorAll("entry > title")].map((t) => t.textContent)).toEqual([
      "Verohallinto julkaisi uuden ohjeen",
    ]);
    expect(doc.querySelector("entry > published")?.textContent).toBe("2024-03-15T00:00:00+02:00");
  });
});
