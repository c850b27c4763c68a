// npm run bench:newsletter [-- --postgres] [-- --sizes 10000,30000,100000] [-- --concurrency 5]
// Sends one Friday's letters (the day's letter to daily readers, the week's digest to every
// fifth reader, who chose weekly) to 10 000, 30 000 and 100 000 confirmed readers in one run, each size
// on a fresh database seeded with multi-row inserts, through the real send path (batched
// claims, send log, pooled SMTP transport) to a counting SMTP server on 127.0.0.1 in a process
// of its own. Prints per size: total time, letters per second, CPU seconds and peak RSS of the
// sender, and letters per second (and per CPU second) as a ratio of the first size's (target
// ≥ 0.9 at 100 000; 100 000 letters in at most 6 minutes).
import { fork, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import { migrate, openDatabase, type Db } from "../../lib/db";
import { sendIssue } from "../../lib/issue/send-issue";
import { createMailTransport } from "../../lib/mail/transport";
import { createProgress } from "../../lib/progress";
import { makeArticle } from "../../tests/fixtures/articles";
import { seedConfirmedSubscribers } from "../../tests/helpers/seed-subscribers";

const { values } = parseArgs({
  options: {
    sizes: { type: "string", default: "10000,30000,100000" },
    postgres: { type: "boolean", default: false },
    concurrency: { type: "string", default: "5" },
  },
});
const SIZES = values.sizes.split(",").map(Number);
// A Friday: the week's digest day. Every fifth reader gets the digest, the rest the day's letter.
const DAY = "2023-10-06";
const WEEKLY_EVERY = 5;
const articles = [
  makeArticle({ title: "Inflaatio hidastui syyskuussa", date: DAY, topics: ["kansantalous"] }),
  makeArticle({
    title: "Verohallinto päivitti ohjeensa",
    date: "2023-10-05",
    topics: ["tuloverotus"],
  }),
  makeArticle({
    title: "Korkein oikeus antoi ennakkopäätöksen",
    date: DAY,
    topics: ["rikosoikeus"],
  }),
  makeArticle({
    title: "Arvonlisäveron muutos voimaan",
    date: DAY,
    topics: ["arvonlisavero", "yritystalous"],
  }),
  makeArticle({ title: "Työtuomioistuin ratkaisi", date: "2023-10-03", topics: ["tyooikeus"] }),
  makeArticle({ title: "Pörssi nousi", date: "2023-10-02", topics: ["talous"] }),
];

async function openBenchDb(): Promise<{ db: Db; dispose: () => Promise<void> }> {
  if (values.postgres) {
    const url = process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";
    const schema = `bench_${randomBytes(5).toString("hex")}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`CREATE SCHEMA ${schema}`);
    const db = openDatabase({ url, schema });
    return {
      db,
      dispose: async () => {
        await db.close();
        await admin.query(`DROP SCHEMA ${schema} CASCADE`);
        await admin.end();
      },
    };
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bench-newsletter-"));
  const db = openDatabase({ url: `file:${path.join(dir, "site.db")}` });
  return {
    db,
    dispose: async () => (await db.close(), fs.rmSync(dir, { recursive: true, force: true })),
  };
}

function ask<T>(child: ChildProcess, message?: string): Promise<T> {
  return new Promise((resolve) => {
    child.once("message", (answer) => resolve(answer as T));
    if (message) child.send(message);
  });
}

async function measure(size: number, sinkUrl: string) {
  const { db, dispose } = await openBenchDb();
  await migrate(db);
  const seedStart = performance.now();
  await seedConfirmedSubscribers(db, size, 0, WEEKLY_EVERY);
  const seedSeconds = (performance.now() - seedStart) / 1000;
  const transport = createMailTransport({
    from: "Uutiskirje <uutiskirje@uutiskirje.example>",
    smtpUrl: sinkUrl,
    outboxDir: os.tmpdir(),
    pool: true,
    maxConnections: Number(values.concurrency),
  });
  global.gc?.();
  let peakRss = process.memoryUsage().rss;
  const sample = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 100);
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  const progress = createProgress({ label: `send to ${size}`, unit: "letters" });
  const result = await sendIssue(DAY, {
    progress: progress.update,
    db,
    transport,
    articles,
    // No site runs during this benchmark; it measures the mailing, not the link check.
    checkLinks: async () => [],
    links: {
      siteUrl: "https://uutiskirje.example",
      tokenSecret: "bench-secret-bench-secret-bench-secret",
      clock: Date.now,
    },
    log: { info: () => undefined, warn: console.warn, error: console.error },
    options: {
      concurrency: Number(values.concurrency),
      ratePerSecond: 0,
      retries: 3,
      retryBaseMs: 500,
      leaseMs: 60_000,
      batchSize: 100,
    },
  }).finally(progress.finish);
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  clearInterval(sample);
  transport.close();
  await dispose();
  if (result.kind !== "sent" || result.stopped)
    throw new Error(`send failed: ${JSON.stringify(result)}`);
  return { sent: result.sent, seedSeconds, seconds, cpu: (cpu.user + cpu.system) / 1e6, peakRss };
}

async function main() {
  const sink = fork(path.join(import.meta.dirname, "smtp-sink.ts"), {
    execArgv: ["--import", "tsx"],
  });
  const { url } = await ask<{ url: string }>(sink);
  const rows = [];
  let base = 0;
  let baseCpu = 0;
  let received = 0;
  for (const size of SIZES) {
    const m = await measure(size, url);
    const total = (await ask<{ count: number }>(sink, "count")).count;
    const perSecond = m.sent / m.seconds;
    const perCpuSecond = m.sent / m.cpu;
    base ||= perSecond;
    baseCpu ||= perCpuSecond;
    rows.push({
      database: values.postgres ? "PostgreSQL" : "SQLite",
      readers: size,
      sent: m.sent,
      "received by SMTP": total - received,
      "seed s": m.seedSeconds.toFixed(1),
      "total s": m.seconds.toFixed(1),
      "letters/s": perSecond.toFixed(0),
      "CPU s": m.cpu.toFixed(1),
      "CPU ms/letter": ((1000 * m.cpu) / m.sent).toFixed(2),
      "peak RSS MB": (m.peakRss / 1024 / 1024).toFixed(0),
      "ratio to first": (perSecond / base).toFixed(2),
      // The same ratio in letters per CPU second: what the sender costs, whatever else the
      // machine runs meanwhile.
      "CPU ratio": (perCpuSecond / baseCpu).toFixed(2),
      "load avg": os.loadavg()[0]!.toFixed(1),
    });
    received = total;
  }
  sink.send("stop");
  console.table(rows);
  const last = rows.at(-1)!;
  console.log(
    `targets at ${last.readers}: ratio ≥ 0.90 ${Number(last["ratio to first"]) >= 0.9 ? "met" : "MISSED"}; ` +
      `≤ 6 min ${Number(last["total s"]) <= 360 ? "met" : "MISSED"}`,
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
