// npm run bench:subscribe — sign-up throughput against a trivial route in the same `next start`,
// on SQLite and on PostgreSQL. Needs a build (npm run build). Bounded: BENCH_SECONDS per route.
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import pg from "pg";
import { killNow, startNextServer, waitForExit } from "../../tests/e2e/server-process";
import { createProgress } from "../../lib/progress";

const PORT = 3330;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 12);
const CONNECTIONS = 50;
const ROUNDS = 3;
const PG_URL = process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";
const base = `http://127.0.0.1:${PORT}`;

type Row = { dialect: string; route: string; rps: number; p99: number; errors: number };

function run(route: "trivial" | "sign-up", seconds: number): Promise<autocannon.Result> {
  let n = 0;
  const tag = randomBytes(3).toString("hex");
  const opts: autocannon.Options =
    route === "trivial"
      ? { url: `${base}/api/health`, connections: CONNECTIONS, duration: seconds }
      : {
          url: `${base}/api/newsletter/subscribe`,
          connections: CONNECTIONS,
          duration: seconds,
          requests: [
            {
              method: "POST",
              headers: { "content-type": "application/x-www-form-urlencoded", origin: base },
              // A distinct address per request: every sign-up inserts a row and queues a mail.
              setupRequest: (req) => ({
                ...req,
                body: `email=bench-${tag}-${n++}%40esimerkki.fi&topics=talous&topics=verotus`,
              }),
            },
          ],
        };
  return new Promise((resolve, reject) =>
    autocannon(opts, (err, result) => (err ? reject(err) : resolve(result))),
  );
}

async function benchmark(dialect: string, databaseUrl: string, dir: string): Promise<Row[]> {
  const server = await startNextServer(PORT, {
    DATABASE_URL: databaseUrl,
    MAIL_OUTBOX_DIR: path.join(dir, "outbox"),
    TOKEN_SECRET: "bench-secret-0123456789abcdef0123456789abcd",
    SIGNUP_RATE_LIMIT: "0",
    MAIL_DELIVERY_INTERVAL_MS: "1000",
  });
  try {
    await run("trivial", 2);
    await run("sign-up", 2); // warm-up: JIT, connection pool, page cache
    // Alternating short rounds: on a shared machine, load from elsewhere then hits both routes
    // alike instead of spoiling one whole run.
    const rounds = { trivial: [] as autocannon.Result[], "sign-up": [] as autocannon.Result[] };
    const progress = createProgress({
      label: `${dialect} rounds`,
      unit: "rounds",
      total: ROUNDS * 2,
    });
    for (let i = 0; i < ROUNDS; i++) {
      for (const route of ["trivial", "sign-up"] as const) {
        rounds[route].push(await run(route, SECONDS / ROUNDS));
        progress.add();
      }
    }
    progress.finish();
    return (["trivial", "sign-up"] as const).map((route) => {
      const results = rounds[route];
      const requests = results.reduce((sum, r) => sum + r.requests.total, 0);
      const seconds = results.reduce((sum, r) => sum + r.duration, 0);
      const p99s = results.map((r) => r.latency.p99).sort((a, b) => a - b);
      const errors = results.reduce(
        (sum, r) => sum + r.errors + r.timeouts + r.non2xx - (route === "sign-up" ? r["3xx"] : 0),
        0,
      );
      return {
        dialect,
        route,
        rps: requests / seconds,
        p99: p99s[Math.floor(p99s.length / 2)]!,
        errors,
      };
    });
  } finally {
    killNow(server);
    await waitForExit(server);
  }
}

async function postgresSchema() {
  const schema = `bench_${randomBytes(5).toString("hex")}`;
  const client = new pg.Client({ connectionString: PG_URL, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query(`CREATE SCHEMA ${schema}`);
    return schema;
  } catch {
    return null;
  } finally {
    await client.end().catch(() => undefined);
  }
}

if (!fs.existsSync(".next/BUILD_ID")) {
  console.error("No production build: run `npm run build` first.");
  process.exit(1);
}
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bench-subscribe-"));
const rows = await benchmark(
  "SQLite",
  `file:${path.join(dir, "site.db")}`,
  path.join(dir, "sqlite"),
);
const schema = await postgresSchema();
if (schema) {
  try {
    const url = `${PG_URL}?options=${encodeURIComponent(`-c search_path=${schema}`)}`;
    rows.push(...(await benchmark("PostgreSQL", url, path.join(dir, "pg"))));
  } finally {
    const client = new pg.Client({ connectionString: PG_URL });
    await client.connect();
    await client.query(`DROP SCHEMA ${schema} CASCADE`);
    await client.end();
  }
} else console.log(`PostgreSQL skipped: no server answers at ${PG_URL}`);
fs.rmSync(dir, { recursive: true, force: true });

console.log(
  `\n${CONNECTIONS} connections, ${SECONDS} s per route in ${ROUNDS} alternating rounds (p99: median round), 127.0.0.1:${PORT}, load average ${os.loadavg()[0]!.toFixed(1)} on ${os.cpus().length} CPUs\n`,
);
console.log(
  "| Database   | Route                          |   req/s | p99 ms | errors | sign-up / trivial |",
);
console.log(
  "|------------|--------------------------------|--------:|-------:|-------:|------------------:|",
);
for (const r of rows) {
  const trivial = rows.find((x) => x.dialect === r.dialect && x.route === "trivial")!;
  const name = r.route === "trivial" ? "GET /api/health" : "POST /api/newsletter/subscribe";
  const ratio = r.route === "sign-up" ? (r.rps / trivial.rps).toFixed(2) : "";
  console.log(
    `| ${r.dialect.padEnd(10)} | ${name.padEnd(30)} | ${r.rps.toFixed(0).padStart(7)} | ${String(r.p99).padStart(6)} | ${String(r.errors).padStart(6)} | ${ratio.padStart(17)} |`,
  );
}
