// The scheduled article across midnight in Helsinki, on real `next start` servers of the
// fixture build whose clocks libfaketime moves (Debian's faketime package, see .ci/run): one
// that runs through 00:00 and one started two minutes after it. The fixture build holds an
// article dated two days after the build (tests/e2e/support/build-fixture-site.ts).
import { cpSync, existsSync, readdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { publishMoment } from "@/lib/content/publication";
import { isIssueDay } from "@/lib/issue/issue-calendar";
import { killNow, startNextServer, waitForExit } from "../server-process";
import { FIXTURE_CONTENT, FIXTURE_DIST } from "../support/build-fixture-site-paths";

const LIBFAKETIME = "/usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1";
const fixturePort = Number(
  process.env.E2E_FIXTURE_PORT ?? Number(process.env.E2E_PORT ?? 3210) + 100,
);
const TITLE = "Ylihuomenna julkaistava uutinen";
const DAY = /^date: (\S+)$/m.exec(
  readFileSync(path.join(FIXTURE_CONTENT, "uutiset/2024/huominen.md"), "utf8"),
)![1]!;
const ARTICLE = `/uutiset/${DAY.slice(0, 4)}/ylihuomenna`;
const LIVE_AT = publishMoment(DAY);
const LISTINGS = [
  "/",
  "/uutiset",
  "/aiheet/talous",
  `/uutiset/${DAY.slice(0, 4)}`,
  "/feed.xml",
  "/atom.xml",
  "/sitemap.xml",
];

const fakeTime = (at: number) => `@${new Date(at).toISOString().slice(0, 19).replace("T", " ")}`;

type Answer = { status: number; at: number; body: string; cacheControl: string };

async function get(port: number, pathname: string): Promise<Answer> {
  const response = await fetch(`http://127.0.0.1:${port}${pathname}`, { redirect: "manual" });
  return {
    status: response.status,
    // The server's own (faked) clock, to the second.
    at: Date.parse(response.headers.get("date")!),
    body: await response.text(),
    cacheControl: response.headers.get("cache-control") ?? "",
  };
}

// Starts the fixture build on its own copy of the build folder (a server writes its page
// cache there) with the clock set to `at`.
async function startAt(port: number, at: number) {
  const dist = `${FIXTURE_DIST}-publish-${port}`;
  rmSync(dist, { recursive: true, force: true });
  cpSync(FIXTURE_DIST, dist, { recursive: true });
  const server = await startNextServer(port, {
    NEXT_DIST_DIR: dist,
    CONTENT_DIR: FIXTURE_CONTENT,
    DATA_DIR: path.join(dist, "data"),
    TZ: "UTC",
    LD_PRELOAD: LIBFAKETIME,
    FAKETIME: fakeTime(at),
    DONT_FAKE_MONOTONIC: "1",
  });
  return {
    dist,
    async stop() {
      killNow(server);
      await waitForExit(server);
      rmSync(dist, { recursive: true, force: true });
    },
  };
}

// Gives the first answer of `pathname` that shows `needle` (the article's address), asking
// every half second.
async function firstShowing(
  port: number,
  pathname: string,
  deadline: number,
  needle = ARTICLE,
): Promise<Answer> {
  for (;;) {
    const answer = await get(port, pathname);
    if (answer.status === 200 && answer.body.includes(needle)) return answer;
    if (Date.now() > deadline) throw new Error(`${pathname} never showed ${needle}`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

// Gives the files of the server's page cache whose names contain `part`.
const cachedFiles = (dir: string, part: string) =>
  readdirSync(path.join(dir, "server"), { recursive: true, encoding: "utf8" }).filter((f) =>
    f.includes(part),
  );

test.describe("an article dated tomorrow goes live at 00:00 Helsinki without a rebuild", () => {
  test.skip(!existsSync(LIBFAKETIME), `needs ${LIBFAKETIME}: apt-get install -y faketime`);
  test.setTimeout(240_000);

  test("on a server running through midnight: 404 until 00:00, then 200 and on every listing within a minute", async () => {
    const port = fixturePort + 1;
    const server = await startAt(port, LIVE_AT - 25_000);
    try {
      const before = await get(port, ARTICLE);
      expect(before.status).toBe(404);
      expect(before.body).toContain("Sivua ei löytynyt");
      expect(before.cacheControl).toContain("no-store");
      for (const listing of LISTINGS)
        expect((await get(port, listing)).body).not.toContain(ARTICLE);

      const answers: Answer[] = [];
      const deadline = Date.now() + 60_000;
      while (answers.at(-1)?.status !== 200 && Date.now() < deadline) {
        answers.push(await get(port, ARTICLE));
        await new Promise((resolve) => setTimeout(resolve, 300));
      }
      const live = answers.at(-1)!;
      expect(live.status).toBe(200);
      expect(live.body).toContain(TITLE);
      expect(live.at).toBeGreaterThanOrEqual(LIVE_AT);
      expect(live.at).toBeLessThan(LIVE_AT + 5_000);
      for (const early of answers.slice(0, -1)) {
        expect(early.status).toBe(404);
        expect(early.at).toBeLessThan(LIVE_AT);
      }

      for (const listing of LISTINGS) {
        const shown = await firstShowing(port, listing, Date.now() + 90_000);
        expect(shown.at, `${listing} at most a minute after 00:00`).toBeLessThanOrEqual(
          LIVE_AT + 60_000,
        );
      }
      if (isIssueDay(DAY)) {
        expect((await get(port, `/uutiskirje/arkisto/${DAY}`)).body).toContain(TITLE);
        const issues = await firstShowing(
          port,
          "/uutiskirje/arkisto",
          Date.now() + 30_000,
          `/uutiskirje/arkisto/${DAY}`,
        );
        expect(issues.at).toBeLessThanOrEqual(LIVE_AT + 60_000);
      }
    } finally {
      await server.stop();
    }
  });

  test("on a server started at 00:02: live at once, and unknown slugs stay uncached 404s", async () => {
    const port = fixturePort + 2;
    const server = await startAt(port, LIVE_AT + 120_000);
    try {
      const article = await get(port, ARTICLE);
      expect(article.status).toBe(200);
      expect(article.body).toContain(TITLE);
      for (const listing of LISTINGS) {
        const shown = await firstShowing(port, listing, Date.now() + 60_000);
        expect(shown.at, `${listing} soon after the start`).toBeLessThanOrEqual(LIVE_AT + 180_000);
      }

      // The page rendered on request is cached on disk: the check below can see a write.
      expect(cachedFiles(server.dist, "ylihuomenna").length).toBeGreaterThan(0);
      for (let i = 0; i < 30; i++) {
        const unknown = await get(port, `/uutiset/${DAY.slice(0, 4)}/keksitty-${i}`);
        expect(unknown.status).toBe(404);
        expect(unknown.body).toContain("Sivua ei löytynyt");
        expect(unknown.cacheControl).toContain("no-store");
      }
      expect((await get(port, "/uutiset/sivu/999")).status).toBe(404);
      expect((await get(port, "/uutiskirje/arkisto/2099-01-02")).status).toBe(404);
      expect(cachedFiles(server.dist, "keksitty")).toEqual([]);
      expect(cachedFiles(server.dist, "2099-01-02")).toEqual([]);
    } finally {
      await server.stop();
    }
  });
});
