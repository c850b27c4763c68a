// @vitest-environment jsdom
import { cleanup, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { ArticleDate } from "@/components/article-date";
import { ArticleList } from "@/components/article-list";
import { loadArticles } from "@/lib/content/loader";
import { article, makeContentDir } from "../helpers/content-dir";

afterEach(cleanup);

function articles() {
  const { dir, cleanup: remove } = makeContentDir({
    "a.md": article({ title: "Verouudistus etenee", date: "2024-01-05", topics: "[tuloverotus]" }),
    "b.md": article({ title: "Korko nousi", date: "2024-02-01", topics: "[talous]" }),
  });
  try {
    return loadArticles({ dir, includeDrafts: false, today: "2030-01-01" });
  } finally {
    remove();
  }
}

describe("ArticleDate", () => {
  it("gives a machine-readable datetime and the Finnish form of the day", () => {
    render(<ArticleDate day="2023-10-02" />);
    const time = screen.getByText("2.10.2023");
    expect(time.tagName).toBe("TIME");
    expect(time.getAttribute("datetime")).toBe("2023-10-02");
  });
});

describe("ArticleList", () => {
  it("links each title to its permanent URL with its date and main topic", () => {
    render(<ArticleList articles={articles()} />);
    const items = screen.getAllByRole("listitem");
    expect(items.map((item) => within(item).getByRole("heading").textContent)).toEqual([
      "Korko nousi",
      "Verouudistus etenee",
    ]);
    expect(within(items[1]!).getByRole("link").getAttribute("href")).toBe(
      "/uutiset/2024/verouudistus-etenee",
    );
    expect(items[1]!.textContent).toContain("5.1.2024");
    expect(items[1]!.textContent).toContain("Verotus");
  });

  it("says so when there is nothing to list", () => {
    render(<ArticleList articles={[]} />);
    expect(screen.getByText("Ei artikkeleita.")).toBeTruthy();
  });
});
