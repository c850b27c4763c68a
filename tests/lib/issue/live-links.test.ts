import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { issueLinks, waitForLiveLinks } from "@/lib/issue/live-links";
import { makeArticle } from "@/tests/fixtures/articles";
import { startLiveSite, type LiveSite } from "@/tests/helpers/live-site";

describe("issueLinks", () => {
  it("lists every article of the window and the issue's web copy at the site's origin", () => {
    const a = makeArticle({ title: "A", date: "2023-10-02", topics: ["talous"] });
    expect(
      issueLinks("/uutiskirje/arkisto/2023-10-02", [a], "https://uutiskirje.example/"),
    ).toEqual([
      `https://uutiskirje.example${a.path}`,
      "https://uutiskirje.example/uutiskirje/arkisto/2023-10-02",
    ]);
  });
});

describe("waitForLiveLinks against a real HTTP server", () => {
  let site: LiveSite;
  let now: number;
  const sleeps: number[] = [];
  const options = (waitMs: number) => ({
    fetch,
    clock: () => now,
    // The clock moves as the check waits; the test never sleeps.
    sleep: async (ms: number) => {
      sleeps.push(ms);
      now += ms;
      if (now >= 20_000) site.live.add("/uutiset/2023/myohassa");
    },
    waitMs,
    intervalMs: 10_000,
  });

  beforeEach(async () => {
    site = await startLiveSite(["/uutiset/2023/valmis"]);
    now = 0;
    sleeps.length = 0;
  });
  afterEach(() => site.close());

  it("gives nothing when every link answers 200", async () => {
    const dead = await waitForLiveLinks([`${site.origin}/uutiset/2023/valmis`], options(0));
    expect(dead).toEqual([]);
  });

  it("names the link that answers 404 when there is no time to wait", async () => {
    const url = `${site.origin}/uutiset/2023/myohassa`;
    expect(await waitForLiveLinks([url], options(0))).toEqual([{ url, status: 404 }]);
    expect(sleeps).toEqual([]);
  });

  it("waits for a page that goes live within the allowed time, asking again only for it", async () => {
    const urls = [`${site.origin}/uutiset/2023/valmis`, `${site.origin}/uutiset/2023/myohassa`];
    expect(await waitForLiveLinks(urls, options(60_000))).toEqual([]);
    expect(sleeps).toEqual([10_000, 10_000]);
    expect(site.requests.filter((p) => p.endsWith("/valmis"))).toHaveLength(1);
  });

  it("gives up after the allowed time with the links still dead", async () => {
    site.live.clear();
    const url = `${site.origin}/uutiset/2023/valmis`;
    expect(await waitForLiveLinks([url], options(15_000))).toEqual([{ url, status: 404 }]);
    expect(sleeps).toEqual([10_000]);
  });

  it("counts a site that does not answer at all as dead", async () => {
    const url = "http://127.0.0.1:9/ei-palvelinta"; // nothing listens on the discard port
    const [dead] = await waitForLiveLinks([url], options(0));
    expect(dead?.status).toBeNull();
    expect(dead?.error).toBeTruthy();
  });
});
