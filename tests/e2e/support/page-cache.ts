import { readdirSync } from "node:fs";
import path from "node:path";
import { expect } from "@playwright/test";

// Gives the files of a build's page cache (its server/ and cache/ folders).
export function cacheFiles(dist: string): Set<string> {
  return new Set(
    ["server", "cache"].flatMap((dir) =>
      readdirSync(path.join(dist, dir), { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile())
        .map((entry) => path.join(entry.parentPath, entry.name)),
    ),
  );
}

// Waits until the page cache stays put for two seconds: regeneration a warm-up started (or a
// half-written page copied from another server's warm-up) may still be writing.
export async function waitForSettledCache(dist: string) {
  await expect
    .poll(
      async () => {
        const size = cacheFiles(dist).size;
        await new Promise((resolve) => setTimeout(resolve, 2_000));
        return cacheFiles(dist).size === size;
      },
      { timeout: 60_000 },
    )
    .toBe(true);
}
