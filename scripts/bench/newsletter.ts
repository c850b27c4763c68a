// npm run bench:newsletter [-- --subscribers 10000] [-- --postgres]
// Sends one issue to N confirmed subscribers with random topics through the real send path
// (send log, pooled SMTP transport) to a counting SMTP server on 127.0.0.1, and prints the
// total time, messages per second and peak memory. Target: 10 000 in at most 60 s, flat memory.
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import {
  confirmSubscriber,
  insertPendingSubscriber,
  migrate,
  openDatabase,
  type Db,
} from "../../lib/db";
import { createMailTransport } from "../../lib/mail/transport";
import { sendIssue } from "../../lib/issue/send-issue";
import { makeArticle } from "../../tests/fixtures/articles";
import { startSmtpServer } from "../../tests/helpers/smtp";

const { values } = parseArgs({
  options: {
    subscribers: { type: "string", default: "10000" },
    postgres: { type: "boolean", default: false },
  },
});
const N = Number(values.subscribers);
const TOPICS = ["talous", "verotus", "juridiikka"];
const DAY = "2023-10-02";
const articles = [
  makeArticle({
    title: "Inflaatio hidastui syyskuussa",
    date: "2023-10-02",
    topics: ["kansantalous"],
  }),
  makeArticle({
    title: "Verohallinto päivitti ohjeensa",
    date: "2023-10-01",
    topics: ["tuloverotus"],
  }),
  makeArticle({
    title: "Korkein oikeus antoi ennakkopäätöksen",
    date: "2023-09-30",
    topics: ["rikosoikeus"],
  }),
  makeArticle({
    title: "Arvonlisäveron muutos voimaan",
    date: "2023-10-02",
    topics: ["arvonlisavero", "yritystalous"],
  }),
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

async function main() {
  const { db, dispose } = await openBenchDb();
  await migrate(db);
  const now = Date.now();
  for (let start = 0; start < N; start += 1000) {
    await db.transaction(async (tx) => {
      for (let i = start; i < Math.min(N, start + 1000); i++) {
        const topics = TOPICS.filter(() => Math.random() < 0.5);
        const chosen = topics.length ? topics : [TOPICS[i % 3]!];
        const id = await insertPendingSubscriber(tx, {
          email: `lukija${i}@example.fi`,
          topics: chosen,
          consentVersion: "bench",
          now,
        });
        await confirmSubscriber(tx, id!, now);
      }
    });
  }
  const smtp = await startSmtpServer({ countOnly: true });
  const transport = createMailTransport({
    from: "Uutiskirje <uutiskirje@uutiskirje.example>",
    smtpUrl: smtp.url,
    outboxDir: os.tmpdir(),
    pool: true,
  });
  global.gc?.();
  let peakRss = 0;
  let peakHeap = 0;
  const samples: number[] = [];
  const sample = setInterval(() => {
    const m = process.memoryUsage();
    peakRss = Math.max(peakRss, m.rss);
    peakHeap = Math.max(peakHeap, m.heapUsed);
    samples.push(m.heapUsed);
  }, 100);
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  const result = await sendIssue(DAY, {
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
    options: { concurrency: 5, ratePerSecond: 0, retries: 3, retryBaseMs: 500, leaseMs: 600_000 },
  });
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  const [load1] = os.loadavg();
  clearInterval(sample);
  transport.close();
  await smtp.close();
  await dispose();
  const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(0);
  const quarter = (q: number) =>
    mb(samples[Math.min(samples.length - 1, Math.floor((samples.length * q) / 4))] ?? 0);
  const sent = result.kind === "sent" ? result.sent : 0;
  console.table([
    {
      database: values.postgres ? "PostgreSQL" : "SQLite",
      subscribers: N,
      sent,
      "received by SMTP": smtp.count(),
      "total s": seconds.toFixed(1),
      "msgs/s": (sent / seconds).toFixed(0),
      // Client and SMTP server share this process: CPU time shows the cost when the machine is busy.
      "CPU s": ((cpu.user + cpu.system) / 1e6).toFixed(1),
      "load avg": load1!.toFixed(1),
      "peak RSS MB": mb(peakRss),
      "peak heap MB": mb(peakHeap),
      "heap at 25/50/75/100 % MB": [1, 2, 3, 4].map(quarter).join(" / "),
      "target ≤60 s": seconds <= 60 ? "met" : "MISSED",
    },
  ]);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
