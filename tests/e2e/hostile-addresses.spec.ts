// Made-up addresses must not fill the page cache: Next caches whatever a growing route
// (dynamicParams = true) renders, 404s included, on disk for good. On a real `next start` of
// the site's build (its own copy, as the server writes its cache there), 100 addresses that
// hide a separator in an encoding leave the number of files under server/ and cache/ as it was.
import { cpSync, rmSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { killNow, startNextServer, waitForExit } from "./server-process";
import { cacheFiles, waitForSettledCache } from "./support/page-cache";

const PORT = Number(process.env.E2E_PORT ?? 3210) + 4;
const DIST = `.next-e2e-hostile-${PORT}`;
const YEAR = "2023";
const SLUG =
  "rikoksentorjuntakilpailun-voitti-rikosuhripaivystyksen-ihmiskaupan-uhrien-erityistukipalvelu";
const DAY = "2023-10-02";

// Each disguise, under each growing route, around names that exist.
const DISGUISES = ["%2F", "%2f", "%5C", "%5c", "%252F", "%255C", "%C0%AF", "%E0%80%AF", "%C1%9C"];
const ROUTES = (d: string) => [
  `/uutiset/${YEAR}/x${d}y`,
  `/uutiset/${YEAR}/${SLUG}${d}x`,
  `/uutiset/${YEAR}${d}${SLUG}`,
  `/uutiset/a${d}b`,
  `/uutiset/sivu/2${d}x`,
  `/uutiset/${YEAR}/sivu/2${d}x`,
  `/uutiset/${YEAR}/x${d}y/opengraph-image`,
  `/uutiskirje/arkisto/x${d}y`,
  `/uutiskirje/arkisto/${DAY}${d}x`,
  `/aiheet/talous/sivu/x${d}y`,
  `/aiheet/talous${d}x/sivu/2`,
];
const HOSTILE = DISGUISES.flatMap(ROUTES).slice(0, 97);
// Topic pages and feeds do not grow (dynamicParams = false) but are asked too.
HOSTILE.push("/aiheet/x%2Fy", "/aiheet/talous%2Fx/feed.xml", "/aiheet/x%5Cy/atom.xml");

test("100 addresses hiding a separator answer 404 and add no file to the page cache", async () => {
  test.setTimeout(180_000);
  expect(HOSTILE).toHaveLength(100);
  rmSync(DIST, { recursive: true, force: true });
  cpSync(".next", DIST, { recursive: true });
  let output = "";
  const server = await startNextServer(
    PORT,
    { NEXT_DIST_DIR: DIST, DATA_DIR: path.join(DIST, "data") },
    { onOutput: (text) => (output += text) },
  );
  try {
    // The start-up warm-up refreshes listings in the cache: let it finish first.
    await expect.poll(() => output, { timeout: 90_000 }).toContain("publish warm-up:");
    // The not-found page is cached once, at the first 404 a build serves: ask one plain unknown
    // address first, so that what follows can only add files of its own.
    expect((await fetch(`http://127.0.0.1:${PORT}/uutiset/2023/keksitty`)).status).toBe(404);
    // Regeneration the warm-up started (or a half-written page copied from the e2e server's
    // own warm-up) may still be writing: wait until the files stay put for two seconds.
    await waitForSettledCache(DIST);
    const before = cacheFiles(DIST);
    const answers: string[] = [];
    for (const pathname of HOSTILE) {
      const response = await fetch(`http://127.0.0.1:${PORT}${pathname}`, { redirect: "manual" });
      const cacheControl = response.headers.get("cache-control") ?? "";
      if (response.status !== 404 || cacheControl.includes("s-maxage"))
        answers.push(`${pathname}: ${response.status} ${cacheControl}`);
      await response.arrayBuffer();
    }
    const added = [...cacheFiles(DIST)].filter((file) => !before.has(file));
    expect({ cacheable: answers, added }).toEqual({ cacheable: [], added: [] });
  } finally {
    killNow(server);
    await waitForExit(server);
    rmSync(DIST, { recursive: true, force: true });
  }
});
