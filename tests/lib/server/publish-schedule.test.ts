import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it, vi } from "vitest";
import { warmPages } from "@/lib/server/page-warmer";
import { nextWarmUpAt, startPublishSchedule } from "@/lib/server/publish-schedule";

const iso = (ms: number) => new Date(ms).toISOString();
const quiet = { info: () => undefined, warn: () => undefined, error: () => undefined };

describe("nextWarmUpAt", () => {
  it("is 31 s after the coming 00:00 Helsinki: the listings have expired by then", () => {
    expect(iso(nextWarmUpAt(Date.parse("2026-12-01T12:00:00Z")))).toBe("2026-12-01T22:00:31.000Z");
  });

  it("is today's when a server starts within those 31 s of midnight", () => {
    expect(iso(nextWarmUpAt(Date.parse("2026-12-01T22:00:10Z")))).toBe("2026-12-01T22:00:31.000Z");
  });

  it("follows summer time", () => {
    expect(iso(nextWarmUpAt(Date.parse("2026-06-14T12:00:00Z")))).toBe("2026-06-14T21:00:31.000Z");
  });
});

describe("startPublishSchedule", () => {
  afterEach(() => vi.useRealTimers());

  it("warms the pages of the new day once, 31 s after 00:00 Helsinki, and then every night", async () => {
    vi.useFakeTimers({ now: Date.parse("2026-12-01T21:59:00Z") });
    const runs: string[] = [];
    const schedule = startPublishSchedule({
      clock: Date.now,
      paths: (now) => [`/paiva/${iso(now)}`],
      warm: async (paths) => {
        runs.push(...paths);
        return paths.map((path) => ({ path, status: 200 }));
      },
      log: quiet,
    });
    await vi.advanceTimersByTimeAsync(90_000); // 00:00:30
    expect(runs).toEqual([]);
    await vi.advanceTimersByTimeAsync(1_000); // 00:00:31
    expect(runs).toEqual(["/paiva/2026-12-01T22:00:31.000Z"]);
    await vi.advanceTimersByTimeAsync(24 * 3_600_000);
    expect(runs).toEqual(["/paiva/2026-12-01T22:00:31.000Z", "/paiva/2026-12-02T22:00:31.000Z"]);
    schedule.stop();
  });
});

describe("warmPages against a real HTTP server", () => {
  it("asks again while Next answers with the stale copy, until the fresh one is served", async () => {
    const answers = new Map<string, string[]>([["/", ["STALE", "STALE", "HIT"]]]);
    const seen: string[] = [];
    const server = http.createServer((request, response) => {
      seen.push(request.url!);
      const header = answers.get(request.url!)?.shift() ?? "MISS";
      response.setHeader("x-nextjs-cache", header);
      response.end("ok");
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    try {
      const results = await warmPages(`http://127.0.0.1:${port}`, ["/", "/uutiset"]);
      expect(results.sort((a, b) => a.path.localeCompare(b.path))).toEqual([
        { path: "/", status: 200 },
        { path: "/uutiset", status: 200 },
      ]);
      expect(seen.filter((url) => url === "/")).toHaveLength(3);
      expect(seen.filter((url) => url === "/uutiset")).toHaveLength(1);
    } finally {
      server.close();
    }
  });

  it("reports a server that does not answer instead of throwing", async () => {
    const [result] = await warmPages("http://127.0.0.1:9", ["/"]);
    expect(result?.status).toBeNull();
    expect(result?.error).toBeTruthy();
  });
});
