// npm run bench:backup — the subscriber list's operations at 100 000 rows, on SQLite and on
// PostgreSQL: CSV import, backup while a second process keeps signing readers up, verify,
// restore, CSV export. Targets (issue 14): backup < 10 s, import < 60 s. BENCH_ROWS to change.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import readline from "node:readline";
import pg from "pg";
import { backupDatabase, migrate, openDatabase, restoreBackup, verifyBackup } from "@/lib/db";
import type { DatabaseOptions } from "@/lib/db";
import { exportSubscriberCsv } from "@/lib/subscription/csv-export";
import { importSubscriberCsv } from "@/lib/subscription/csv-import";
import { createProgress } from "@/lib/progress";
import { backupProgress } from "../cli/backup-progress";

const ROWS = Number(process.env.BENCH_ROWS ?? 100_000);
const PG_URL = process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";
type Row = {
  dialect: string;
  step: string;
  rows: number;
  seconds: number;
  note: string;
  target?: number;
};

function listCsv(rows: number) {
  const lines = ["email,topics,consent_at,consent_source"];
  for (let i = 0; i < rows; i++) {
    lines.push(
      `lukija-${i}@esimerkki${i % 97}.fi,${i % 3 ? "talous;verotus" : "juridiikka"},2025-0${1 + (i % 9)}-15T08:30:00Z,"Ghost, lomake"`,
    );
  }
  return lines.join("\r\n") + "\r\n";
}

async function timed<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const started = performance.now();
  const result = await fn();
  return [result, (performance.now() - started) / 1000];
}

// A progress line for one step (stderr; the table on stdout stays as it was).
function stepProgress(dialect: string, step: string, unit = "rows") {
  return createProgress({ label: `${dialect} ${step}`, unit });
}

// The sign-up writer of the tests: a second process, committing sign-ups as fast as it can.
function startWriter(url: string, schema: string | undefined) {
  const child = spawn(
    process.execPath,
    [
      "--import",
      "tsx",
      // lib/db is marked server-only: without the react-server condition the writer dies on
      // the marker at once, and ready() below would wait for it for ever.
      "--conditions=react-server",
      "tests/helpers/signup-writer.ts",
      url,
      schema ?? "",
      `bench${randomBytes(3).toString("hex")}`,
    ],
    // stdin a pipe: the writer stops when its stdin ends (so it never outlives its caller).
    { stdio: ["pipe", "pipe", "inherit"] },
  );
  const acknowledgedAt: number[] = [];
  readline
    .createInterface({ input: child.stdout })
    .on("line", (l) => acknowledgedAt.push(Number(l.split(" ")[1])));
  const exited = new Promise((resolve) => child.on("exit", resolve));
  return {
    // SQLite's backup blocks this process's event loop: count by the writer's own clock.
    async between(from: number, to: number) {
      await new Promise((r) => setTimeout(r, 200));
      return acknowledgedAt.filter((at) => at >= from && at <= to).length;
    },
    async ready() {
      while (acknowledgedAt.length < 20) {
        if (child.exitCode !== null) throw new Error("the sign-up writer died before it wrote");
        await new Promise((r) => setTimeout(r, 20));
      }
    },
    async stop() {
      child.kill("SIGTERM");
      await exited;
    },
  };
}

async function bench(
  dialect: string,
  options: DatabaseOptions,
  restoreTo: () => Promise<DatabaseOptions>,
  dir: string,
) {
  const rows: Row[] = [];
  const db = openDatabase(options);
  await migrate(db);
  const deps = {
    db,
    clock: Date.now,
    siteUrl: "https://uutiskirje.example",
    siteName: "Uutiskirje",
    tokenSecret: "bench-secret-0123456789abcdef0123456789",
    log: console,
  };
  const csv = listCsv(ROWS);
  const importing = stepProgress(dialect, "import-csv");
  const [report, importSeconds] = await timed(() =>
    importSubscriberCsv(csv, deps, { sendConfirmations: false, progress: importing.update }),
  ).finally(importing.finish);
  rows.push({
    dialect,
    step: "import-csv",
    rows: report.confirmed,
    seconds: importSeconds,
    note: `${(csv.length / 1024 / 1024).toFixed(1)} MB CSV`,
    target: 60,
  });
  const reimporting = stepProgress(dialect, "import-csv again");
  const [again, reimportSeconds] = await timed(() =>
    importSubscriberCsv(csv, deps, { sendConfirmations: false, progress: reimporting.update }),
  ).finally(reimporting.finish);
  rows.push({
    dialect,
    step: "import-csv again",
    rows: again.unchanged,
    seconds: reimportSeconds,
    note: `${again.confirmed + again.pending} added`,
  });
  const exporting = stepProgress(dialect, "export-csv");
  const [exported, exportSeconds] = await timed(async () => {
    let n = -1;
    for await (const line of exportSubscriberCsv(db)) exporting.update((n += line ? 1 : 0));
    return n;
  }).finally(exporting.finish);
  rows.push({ dialect, step: "export-csv", rows: exported, seconds: exportSeconds, note: "" });

  const writer = startWriter(options.url!, options.schema);
  const file = path.join(dir, `${dialect}.backup`);
  let summary;
  let during: number;
  let seconds: number;
  try {
    await writer.ready();
    const from = Date.now();
    const backingUp = backupProgress(`${dialect} db:backup`);
    [summary, seconds] = await timed(() => backupDatabase(options, file, backingUp.report)).finally(
      backingUp.finish,
    );
    during = await writer.between(from, Date.now());
  } finally {
    await writer.stop();
  }
  rows.push({
    dialect,
    step: "db:backup",
    rows: summary.tables.subscribers ?? 0,
    seconds,
    note: `${(summary.bytes / 1024 / 1024).toFixed(1)} MB, ${during} sign-ups committed meanwhile`,
    target: 10,
  });
  const [check, verifySeconds] = await timed(() => verifyBackup(file));
  rows.push({
    dialect,
    step: "db:verify",
    rows: check.tables.subscribers ?? 0,
    seconds: verifySeconds,
    note: check.problems.length ? "FAILED" : "integrity ok",
  });
  await db.close();
  const target = await restoreTo();
  const restoring = backupProgress(`${dialect} db:restore`);
  const [restored, restoreSeconds] = await timed(() =>
    restoreBackup(target, file, { progress: restoring.report }),
  ).finally(restoring.finish);
  rows.push({
    dialect,
    step: "db:restore",
    rows: restored.tables.subscribers ?? 0,
    seconds: restoreSeconds,
    note: "into an empty database",
  });
  return rows;
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bench-backup-"));
const results: Row[] = [];
try {
  results.push(
    ...(await bench(
      "SQLite",
      { url: `file:${path.join(dir, "site.db")}` },
      async () => ({ url: `file:${path.join(dir, "restored", "site.db")}` }),
      dir,
    )),
  );
  const admin = new pg.Client({ connectionString: PG_URL, connectionTimeoutMillis: 2000 });
  const schema = `bench_${randomBytes(5).toString("hex")}`;
  const up = await admin.connect().then(
    () => true,
    () => false,
  );
  if (up) {
    await admin.query(`CREATE SCHEMA ${schema}`);
    try {
      results.push(
        ...(await bench(
          "PostgreSQL",
          { url: PG_URL, schema },
          async () => {
            await admin.query(`DROP SCHEMA ${schema} CASCADE`);
            return { url: PG_URL, schema };
          },
          dir,
        )),
      );
    } finally {
      await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await admin.end();
    }
  } else console.log(`PostgreSQL skipped: no server answers at ${PG_URL}`);
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}

console.log(
  `\n${ROWS} subscribers, load average ${os.loadavg()[0]!.toFixed(1)} on ${os.cpus().length} CPUs, ${new Date().toISOString()}\n`,
);
console.log("| Database   | Step             |    Rows | Seconds | Target | Note");
console.log("|------------|------------------|--------:|--------:|-------:|------");
for (const r of results) {
  const target = r.target ? `${r.seconds < r.target ? "<" : "MISSED"} ${r.target} s` : "";
  console.log(
    `| ${r.dialect.padEnd(10)} | ${r.step.padEnd(16)} | ${String(r.rows).padStart(7)} | ${r.seconds.toFixed(2).padStart(7)} | ${target.padStart(6)} | ${r.note}`,
  );
}
