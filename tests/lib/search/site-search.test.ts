import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { getSearchIndex, searchSite } from "@/lib/search/site-search";
import { article, makeContentDir } from "../../helpers/content-dir";

// Helsinki is UTC+3 in June: 21:00 UTC on 9 June is 00:00 on 10 June there.
const BEFORE_MIDNIGHT = new Date("2024-06-09T20:59:59Z");
const MIDNIGHT = new Date("2024-06-09T21:00:00Z");

describe("the site's search index", () => {
  const savedEnv = process.env;
  let cleanup: () => void;

  beforeEach(() => {
    const content = makeContentDir({
      "uutiset/2024/vanha.md": article({
        title: "Tilintarkastajien valvonta siirtyy",
        date: "2024-01-15",
      }),
      "uutiset/2024/tuleva.md": article({
        title: "Tilintarkastuslaki uudistuu kesäkuussa",
        date: "2024-06-10",
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
    vi.useFakeTimers({ toFake: ["Date"] });
  });

  afterEach(() => {
    vi.useRealTimers();
    process.env = savedEnv;
    cleanup();
  });

  it("finds an article dated ahead from 00:00 Helsinki on its date, not a second before", () => {
    vi.setSystemTime(BEFORE_MIDNIGHT);
    expect(searchSite({ q: "tilintarkastuslaki" }).total).toBe(0);
    expect(searchSite({ q: "tilintarkastaja" }).total).toBe(1);
    vi.setSystemTime(MIDNIGHT);
    expect(searchSite({ q: "tilintarkastuslaki" }).total).toBe(1);
  });

  it("is built once per published set of articles, not per search", () => {
    vi.setSystemTime(BEFORE_MIDNIGHT);
    const first = getSearchIndex();
    searchSite({ q: "valvonta" });
    expect(getSearchIndex()).toBe(first);
    vi.setSystemTime(MIDNIGHT);
    const next = getSearchIndex();
    expect(next).not.toBe(first);
    expect(getSearchIndex()).toBe(next);
  });
});
