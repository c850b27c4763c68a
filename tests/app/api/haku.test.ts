import { describe, expect, it } from "vitest";
import { GET } from "@/app/api/haku/route";
import type { SearchResult } from "@/lib/search/search";

// The route searches the site's own content/ (the seed article).
async function search(query: string): Promise<{ status: number; body: SearchResult | null }> {
  const response = await GET(new Request(`http://localhost/api/haku?${query}`));
  return { status: response.status, body: (await response.json()) as SearchResult | null };
}

describe("GET /api/haku", () => {
  it("finds the seed article by an umlaut-free compound and marks the match", async () => {
    const { status, body } = await search("q=rikosuhripaivystys");
    expect(status).toBe(200);
    expect(body!.total).toBe(1);
    expect(body!.hits[0]!.title.filter((s) => s.mark).map((s) => s.text)).toEqual([
      "Rikosuhripäivystyksen",
    ]);
  });

  it("answers null for an empty query", async () => {
    expect(await search("q=")).toEqual({ status: 200, body: null });
  });

  it.each([
    ["a repeated parameter", "q=ihmiskauppa&q=lakko&aihe=juridiikka&aihe=x", 1],
    ["markup", `q=${encodeURIComponent("<script>alert(1)</script>")}`, 0],
    ["a huge page number", "q=ihmiskauppa&sivu=99999999999999999999", 1],
    ["a negative page", "q=ihmiskauppa&sivu=-3", 1],
    ["an unknown topic", "q=ihmiskauppa&aihe=__proto__", 1],
    ["a year that is not one", "q=ihmiskauppa&vuosi=1e9", 1],
    ["a 100 000 character query", `q=${"ä".repeat(100_000)}`, 0],
    ["broken percent-encoding", "q=%E0%A4%A&aihe=%", 0],
    ["control characters (read as spaces)", "q=ihmiskaupan%00uhri%0d%0a", 1],
  ])("answers 200 for %s", async (_name, query, total) => {
    const { status, body } = await search(query);
    expect(status).toBe(200);
    expect(body!.total).toBe(total);
  });

  it("cuts the query it echoes to 200 characters", async () => {
    const { body } = await search(`q=${"a".repeat(500)}`);
    expect(body!.query).toHaveLength(200);
  });
});
