import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { getAllArticles, type Article } from "@/lib/content/articles";
import { createLiveIndex } from "@/lib/search/live-index";
import { searchArticles } from "@/lib/search/search";
import { startSearchRefresh } from "@/lib/server/search-refresh";
import { article, makeContentDir } from "../../helpers/content-dir";

// Helsinki is UTC+3 in June: 21:00 UTC on 9 June is 00:00 on 10 June there.
const BEFORE_MIDNIGHT = Date.parse("2024-06-09T20:59:59Z");
const MIDNIGHT = Date.parse("2024-06-09T21:00:00Z");
const quiet = { info: () => undefined, warn: () => undefined, error: () => undefined };

describe("the site's search index across 00:00 Helsinki", () => {
  const savedEnv = process.env;
  let cleanup: () => void;
  let now: number;
  const clock = () => now;

  beforeEach(() => {
    const content = makeContentDir({
      "uutiset/2024/vanha.md": article({
        title: "Tilintarkastajien valvonta siirtyy",
        date: "2024-01-15",
      }),
      "uutiset/2024/tanaan.md": article({
        title: "Tilintarkastuslaki uudistuu kesäkuussa",
        date: "2024-06-10",
      }),
      "uutiset/2024/huomenna.md": article({
        title: "Kirjanpitolautakunta antoi lausunnon",
        date: "2024-06-11",
      }),
    });
    cleanup = content.cleanup;
    // A new object, so lib/env reads it afresh.
    process.env = {
      ...savedEnv,
      CONTENT_DIR: content.dir,
      NODE_ENV: "production",
      NEXT_DIST_DIR: `${content.dir}/.next`,
    };
    now = BEFORE_MIDNIGHT;
  });

  afterEach(() => {
    vi.useRealTimers();
    process.env = savedEnv;
    cleanup();
  });

  const liveIndex = () => createLiveIndex({ articles: getAllArticles, clock, log: quiet });
  const total = async (index: ReturnType<typeof liveIndex>, q: string) =>
    searchArticles(await index.current(), { q }).total;

  it("answers from the old index while the new day's builds, then from the new one", async () => {
    const index = liveIndex();
    expect(await total(index, "tilintarkastuslaki")).toBe(0);
    const before = await index.current();
    now = MIDNIGHT;
    // The first search of the day does not wait for the build: it gets yesterday's index.
    expect(await index.current()).toBe(before);
    const next = await index.refresh();
    expect(next).not.toBe(before);
    expect(await index.current()).toBe(next);
    expect(await total(index, "tilintarkastuslaki")).toBe(1);
    expect(await total(index, "kirjanpitolautakunta")).toBe(0);
  });

  it("keeps answering from the old index when the new day's build fails, and says so", async () => {
    const errors: unknown[][] = [];
    const broken = [{ title: "Rikki", body: undefined }] as unknown as Article[];
    const index = createLiveIndex({
      articles: (at) => (at < MIDNIGHT ? getAllArticles(at) : broken),
      clock,
      log: { ...quiet, error: (...args: unknown[]) => void errors.push(args) },
    });
    const before = await index.current();
    now = MIDNIGHT;
    expect(await index.current()).toBe(before);
    await vi.waitFor(() => expect(errors).toHaveLength(1));
    expect(String(errors[0]![0])).toContain("search index rebuild failed");
    // Searches go on from the old index without starting the failed build again at each one.
    for (let i = 0; i < 3; i++) expect(await index.current()).toBe(before);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(errors).toHaveLength(1);
  });

  it("builds once per published set of articles, not per search", async () => {
    const index = liveIndex();
    const first = await index.current();
    expect(await index.current()).toBe(first);
    expect(await index.refresh()).toBe(first);
  });

  it("makes an article dated today searchable within 60 s of 00:00, not one dated tomorrow", async () => {
    vi.useFakeTimers({ now: BEFORE_MIDNIGHT - 3_600_000, toFake: ["setTimeout", "Date"] });
    const index = createLiveIndex({ articles: getAllArticles, clock: Date.now, log: quiet });
    const built: number[] = [];
    const refresh = startSearchRefresh({
      clock: Date.now,
      refresh: async () => void (await index.refresh()),
      log: { ...quiet, info: () => void built.push(Date.now()) },
    });
    await vi.waitFor(() => expect(built).toHaveLength(1)); // the build at start
    await vi.advanceTimersByTimeAsync(3_600_000); // 23:59:59, no search since the start
    expect(built).toHaveLength(1);
    expect(await total(index, "tilintarkastuslaki")).toBe(0);
    // 00:00:01: the timer has started the new day's build, without any search asking for it.
    await vi.advanceTimersByTimeAsync(2_000);
    await vi.waitFor(() => expect(built).toHaveLength(2));
    expect(built[1]! - MIDNIGHT).toBeLessThan(60_000);
    const today = await index.current();
    expect(searchArticles(today, { q: "tilintarkastuslaki" }).total).toBe(1);
    expect(searchArticles(today, { q: "kirjanpitolautakunta" }).total).toBe(0);
    refresh.stop();
  });
});
