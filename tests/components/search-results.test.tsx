// @vitest-environment jsdom
import { cleanup, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { SearchResults } from "@/components/search-results";
import { searchArticles } from "@/lib/search/search";
import { searchFixtureIndex } from "../helpers/search-fixtures";

afterEach(cleanup);
const index = searchFixtureIndex();

describe("SearchResults", () => {
  it("shows markup from an article and from the query as text, and matches in <mark>", () => {
    const input = { q: "<b>merkintäkieli</b> script" };
    const { container } = render(
      <SearchResults input={input} result={searchArticles(index, input)} />,
    );
    expect(container.querySelector("b, script, img")).toBeNull();
    expect(screen.getByRole("heading", { level: 3 }).textContent).toBe(
      "Merkintäkieli <b>otsikossa</b> näkyy tekstinä",
    );
    const marks = [...container.querySelectorAll("mark")].map((m) => m.textContent);
    expect(marks).toEqual(expect.arrayContaining(["Merkintäkieli", "script"]));
    expect(screen.getByRole("status").textContent).toBe(
      "Haulla ”<b>merkintäkieli</b> script” löytyi 1 artikkeli.",
    );
  });

  it("links to a corrected query and to the search without filters when nothing is found", () => {
    const input = { q: "lomatus", year: 2024 };
    render(<SearchResults input={input} result={searchArticles(index, input)} />);
    expect(screen.getByRole("status").textContent).toBe(
      "Haulla ”lomatus” ei löytynyt artikkeleita.",
    );
    expect(screen.getByRole("link", { name: "lomautus" }).getAttribute("href")).toBe(
      "/haku?q=lomautus&vuosi=2024",
    );
    expect(
      screen.getByRole("link", { name: "Hae ilman aihe- ja vuosirajausta" }).getAttribute("href"),
    ).toBe("/haku?q=lomatus");
  });

  it("links the previous and next page of results", () => {
    const input = { q: "vero", page: 1 };
    const result = searchArticles(index, input, 1);
    render(<SearchResults input={input} result={result} />);
    expect(screen.getByRole("link", { name: "Seuraava sivu →" }).getAttribute("href")).toBe(
      "/haku?q=vero&sivu=2",
    );
    expect(screen.getByText("Sivu 1 / 2")).toBeTruthy();
  });
});
