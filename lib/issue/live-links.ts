// The letter never links a page that is not live: before anything is queued or sent, every
// article link of the issue and its web copy must answer 200 at the site's origin. The same
// rule (lib/content/publication.ts) decides both what the issue holds and what the site
// serves, so a failure here means a site that was not rebuilt or restarted, not a slow clock.
import type { Article } from "../content/articles";

export type DeadLink = { url: string; status: number | null; error?: string };

export type LinkCheckOptions = {
  fetch: typeof fetch;
  sleep: (ms: number) => Promise<void>;
  clock: () => number;
  waitMs: number; // how long to keep asking before giving up
  intervalMs: number; // pause between rounds
};

// Gives the absolute URLs a reader of a letter may follow: each article in its window (a
// reader's letter holds a subset) and the letter's web copy at `webPath`.
export function issueLinks(webPath: string, window: readonly Article[], siteUrl: string): string[] {
  const origin = siteUrl.replace(/\/+$/, "");
  return [...window.map((a) => `${origin}${a.path}`), `${origin}${webPath}`];
}

async function probe(url: string, fetchImpl: typeof fetch): Promise<DeadLink | null> {
  try {
    const response = await fetchImpl(url, {
      redirect: "manual",
      signal: AbortSignal.timeout(15_000),
    });
    await response.arrayBuffer();
    return response.status === 200 ? null : { url, status: response.status };
  } catch (error) {
    return { url, status: null, error: error instanceof Error ? error.message : String(error) };
  }
}

// Gives the links that still do not answer 200 after asking every `intervalMs` for up to
// `waitMs`; an empty list when all are live.
export async function waitForLiveLinks(
  urls: readonly string[],
  options: LinkCheckOptions,
): Promise<DeadLink[]> {
  const deadline = options.clock() + options.waitMs;
  let pending = [...urls];
  for (;;) {
    const dead = (await Promise.all(pending.map((url) => probe(url, options.fetch)))).filter(
      (d): d is DeadLink => d !== null,
    );
    if (dead.length === 0 || options.clock() + options.intervalMs > deadline) return dead;
    pending = dead.map((d) => d.url);
    await options.sleep(options.intervalMs);
  }
}
