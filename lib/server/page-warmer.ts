// Requests pages of this server the way a visitor would, so that the first visitor after a
// change gets the new page. Next answers an expired cached page with the old copy once while it
// renders the new one in the background (stale-while-revalidate), so a STALE answer is asked
// again until the fresh copy is served.
const MAX_TRIES = 20;

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export type WarmResult = { path: string; status: number | null; error?: string };

// Gives the final status of each path after warming it (null when the server did not answer).
export async function warmPages(
  origin: string,
  paths: readonly string[],
  fetchImpl: typeof fetch = fetch,
  concurrency = 2,
): Promise<WarmResult[]> {
  const results: WarmResult[] = [];
  const queue = [...paths];
  async function worker() {
    for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
      results.push(await warmOne(origin, path, fetchImpl));
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker));
  return results;
}

async function warmOne(origin: string, path: string, fetchImpl: typeof fetch): Promise<WarmResult> {
  try {
    for (let attempt = 1; ; attempt++) {
      const response = await fetchImpl(`${origin}${path}`, { redirect: "manual" });
      await response.arrayBuffer();
      const stale = response.headers.get("x-nextjs-cache") === "STALE";
      if (!stale || attempt === MAX_TRIES) return { path, status: response.status };
      await wait(50 * attempt);
    }
  } catch (error) {
    return { path, status: null, error: error instanceof Error ? error.message : String(error) };
  }
}
