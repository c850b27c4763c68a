import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import readline from "node:readline";
import type { SqliteCheck, TableCounts } from "./sqlite-backup";
import pg from "pg";
import { connect, countTables, libpq, quote, requireTool, run } from "./pg-tools";

// Dumps the application's schema with pg_dump into `target` (which must not exist); gives the
// rows per table as the dump holds them. pg_dump runs inside a snapshot this connection
// exported, so the counts and the dump are the same moment while sign-ups continue.
export async function dumpPostgres(
  url: string,
  target: string,
  schemaOption?: string,
  progress?: (done: number, total: number) => void,
) {
  requireTool("pg_dump");
  const { client, schema } = await connect(url, schemaOption);
  const partial = path.join(
    path.dirname(target),
    `.${path.basename(target)}.partial-${process.pid}`,
  );
  try {
    await client.query(`BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY`);
    const { rows } = await client.query<{ id: string }>(`SELECT pg_export_snapshot() AS id`);
    const tables = await countTables(client, schema);
    const { dbname, env } = libpq(url);
    fs.rmSync(partial, { force: true });
    const watch = progress && watchDump(url, schema, tables, progress);
    await run(
      "pg_dump",
      [
        ...(watch ? ["--verbose"] : []),
        "--format=custom",
        "--no-owner",
        "--no-privileges",
        `--schema=${schema}`,
        `--snapshot=${rows[0]!.id}`,
        `--file=${partial}`,
        `--dbname=${dbname}`,
      ],
      env,
      watch?.onLine,
    ).finally(() => watch?.stop());
    fs.chmodSync(partial, 0o600);
    fs.linkSync(partial, target);
    return tables;
  } finally {
    fs.rmSync(partial, { force: true });
    await client.query(`ROLLBACK`).catch(() => undefined);
    await client.end();
  }
}

// Follows a running pg_dump: its --verbose lines say which table it copies, and the server's
// pg_stat_progress_copy how many rows of it so far (asked once a second on a connection of
// its own). Rows of the tables already copied plus those give the progress.
function watchDump(
  url: string,
  schema: string,
  tables: TableCounts,
  progress: (done: number, total: number) => void,
) {
  const total = Object.values(tables).reduce((a, b) => a + b, 0);
  let finished = 0;
  let current: string | null = null;
  let inCurrent = 0;
  const report = () => progress(finished + Math.min(inCurrent, tables[current ?? ""] ?? 0), total);
  const observer = new pg.Client({ connectionString: url });
  const ready = observer.connect().catch(() => undefined);
  let asked = false;
  const asking = setInterval(async () => {
    if (!current || asked) return; // one question at a time on the connection
    asked = true;
    await ready;
    const { rows } = await observer
      .query<{ n: string }>(
        `SELECT tuples_processed AS n FROM pg_stat_progress_copy
         WHERE command = 'COPY TO' AND relid = to_regclass($1)`,
        [`${quote(schema)}.${quote(current)}`],
      )
      .catch(() => ({ rows: [] }));
    if (rows[0]) inCurrent = Number(rows[0].n);
    asked = false;
    report();
  }, 1000);
  return {
    onLine(line: string) {
      const table = /dumping contents of table "(?:[^"]*\.)?([^"]+)"/.exec(line)?.[1];
      if (!table) return;
      finished += current ? (tables[current] ?? 0) : 0;
      current = table;
      inCurrent = 0;
      report();
    },
    async stop() {
      clearInterval(asking);
      await ready;
      await observer.end().catch(() => undefined);
      progress(total, total);
    },
  };
}

// Reads a whole dump with pg_restore (which checks every compressed block); gives the rows per
// table, the applied migrations and the erased addresses' digests found in it. Touches no
// database.
export async function checkPgDump(file: string): Promise<SqliteCheck> {
  requireTool("pg_restore");
  const child = spawn("pg_restore", ["--data-only", "--file=-", file], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stderr = "";
  child.stderr.on("data", (chunk) => (stderr += chunk));
  const exited = new Promise<number | null>((resolve) => child.on("exit", resolve));
  const tables: TableCounts = {};
  const migrations: string[] = [];
  const erasures = new Map<string, number>();
  let current: string | null = null;
  let columns: string[] = [];
  for await (const line of readline.createInterface({ input: child.stdout, crlfDelay: Infinity })) {
    if (current === null) {
      const copy = /^COPY (?:[^ ]+\.)?"?([^" ]+)"? (?:\(([^)]*)\) )?FROM stdin;$/.exec(line);
      if (copy) tables[(current = copy[1]!)] = 0;
      columns = copy?.[2]?.split(", ") ?? [];
    } else if (line === "\\.") current = null;
    else {
      tables[current]!++;
      const cells = line.split("\t");
      const cell = (name: string) => cells[columns.indexOf(name)] ?? "";
      if (current === "schema_migrations") migrations.push(cell("id"));
      if (current === "erased_addresses")
        erasures.set(cell("email_sha256"), Number(cell("erased_at")));
    }
  }
  const code = await exited;
  const problems = code === 0 ? [] : [`pg_restore could not read the dump: ${stderr.trim()}`];
  return { problems, tables, migrations: migrations.sort(), erasures };
}
