// Measures a built site served by `next start`: latency of article pages and share cards that
// were not prerendered (first request, then cached), the start-up warm-up, and publishing
// latency (an article dated tomorrow: how long after 00:00 Helsinki its page and the archive
// show it), the last with the server's clock moved by libfaketime when it is installed.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { publishMoment } from "../../lib/content/publication";
import { NEXT_BIN } from "./workspace";

export const LIBFAKETIME = "/usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1";

type Server = { child: ChildProcess; origin: string; output: () => string; stop(): Promise<void> };

async function startServer(
  appDir: string,
  contentDir: string,
  port: number,
  extraEnv: Record<string, string> = {},
): Promise<Server> {
  const origin = `http://127.0.0.1:${port}`;
  const child = spawn(
    process.execPath,
    [NEXT_BIN, "start", "-H", "127.0.0.1", "-p", String(port)],
    {
      cwd: appDir,
      detached: true,
      stdio: ["ignore", "pipe", "pipe"],
      // SITE_URL as the build had it (process.env): a server with another refuses to start.
      env: {
        ...process.env,
        NODE_ENV: "production",
        NEXT_TELEMETRY_DISABLED: "1",
        CONTENT_DIR: contentDir,
        CONTENT_TRACE: "",
        DATA_DIR: mkdtempSync(path.join(tmpdir(), "bench-data-")),
        ...extraEnv,
      },
    },
  );
  let output = "";
  child.stdout!.on("data", (chunk) => (output += chunk));
  child.stderr!.on("data", (chunk) => (output += chunk));
  const server: Server = {
    child,
    origin,
    output: () => output,
    async stop() {
      try {
        process.kill(-child.pid!, "SIGTERM");
      } catch {
        return;
      }
      await new Promise((resolve) => child.once("exit", resolve));
    },
  };
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`${origin}/api/health`)).ok) return server;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  await server.stop();
  throw new Error(`next start on ${port} did not come up:\n${output.slice(-2000)}`);
}

async function waitForWarmUp(server: Server): Promise<number | null> {
  const deadline = Date.now() + 300_000;
  while (Date.now() < deadline) {
    const match = /publish warm-up: (\d+) pages current in ([\d.]+) s/.exec(server.output());
    if (match) return Number(match[2]);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return null;
}

async function timeGet(url: string): Promise<{ ms: number; status: number; body: string }> {
  const started = performance.now();
  const response = await fetch(url);
  const body = await response.text();
  return { ms: performance.now() - started, status: response.status, body };
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
};

const fmt = (values: number[]) =>
  `${percentile(values, 50).toFixed(1)} / ${percentile(values, 99).toFixed(1)}`;

// Gives p50/p99 latencies (ms) of `paths`, none of which was prerendered: first request,
// then the same again from the cache, for the article pages and then their share cards.
export async function measureOnDemand(
  appDir: string,
  contentDir: string,
  paths: string[],
  port: number,
): Promise<Record<string, string>> {
  const server = await startServer(appDir, contentDir, port);
  try {
    const warmUp = await waitForWarmUp(server);
    const first: number[] = [];
    const cards: string[] = [];
    for (const pathname of paths) {
      const page = await timeGet(`${server.origin}${pathname}`);
      if (page.status !== 200) throw new Error(`${pathname} answered ${page.status}`);
      first.push(page.ms);
      const card = /<meta property="og:image" content="([^"]+)"/.exec(page.body)?.[1];
      if (!card) throw new Error(`${pathname} names no share card`);
      cards.push(new URL(card).pathname + new URL(card).search);
    }
    const cached: number[] = [];
    for (const pathname of paths) cached.push((await timeGet(`${server.origin}${pathname}`)).ms);
    const cardFirst: number[] = [];
    for (const card of cards) {
      const image = await timeGet(`${server.origin}${card}`);
      if (image.status !== 200) throw new Error(`${card} answered ${image.status}`);
      cardFirst.push(image.ms);
    }
    const cardCached: number[] = [];
    for (const card of cards) cardCached.push((await timeGet(`${server.origin}${card}`)).ms);
    return {
      "start-up warm-up (s)": warmUp === null ? "–" : warmUp.toFixed(1),
      [`article page, first request p50 / p99 (ms, ${paths.length})`]: fmt(first),
      "article page, cached p50 / p99 (ms)": fmt(cached),
      "share card, first request p50 / p99 (ms)": fmt(cardFirst),
      "share card, cached p50 / p99 (ms)": fmt(cardCached),
    };
  } finally {
    await server.stop();
  }
}

// Gives how many seconds after 00:00 Helsinki on `day` the article at `articlePath` (dated
// `day`, absent from the build) answers 200, and the archive's first page lists it, on a
// server whose clock starts 15 s before that midnight.
export async function measurePublishing(
  appDir: string,
  contentDir: string,
  articlePath: string,
  day: string,
  port: number,
): Promise<Record<string, string>> {
  if (!existsSync(LIBFAKETIME)) return { "publishing latency": `– (no ${LIBFAKETIME})` };
  const liveAt = publishMoment(day);
  const start = new Date(liveAt - 15_000).toISOString().slice(0, 19).replace("T", " ");
  const server = await startServer(appDir, contentDir, port, {
    TZ: "UTC",
    LD_PRELOAD: LIBFAKETIME,
    FAKETIME: `@${start}`,
    DONT_FAKE_MONOTONIC: "1",
  });
  try {
    const seen: Record<string, number> = {};
    const deadline = Date.now() + 180_000;
    while (Object.keys(seen).length < 2 && Date.now() < deadline) {
      for (const [name, url, test] of [
        ["page", articlePath, (s: number) => s === 200],
        [
          "archive",
          "/uutiset",
          (s: number, body: string) => s === 200 && body.includes(articlePath),
        ],
      ] as const) {
        if (seen[name] !== undefined) continue;
        const response = await fetch(`${server.origin}${url}`);
        const body = await response.text();
        if (test(response.status, body)) seen[name] = Date.parse(response.headers.get("date")!);
      }
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    const after = (at: number | undefined) =>
      at === undefined ? "never" : `${((at - liveAt) / 1000).toFixed(0)} s`;
    return {
      "publishing: page 200 after 00:00 (s, server clock)": after(seen.page),
      "publishing: archive lists it after 00:00 (s)": after(seen.archive),
    };
  } finally {
    await server.stop();
  }
}
