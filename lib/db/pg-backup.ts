import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import readline from "node:readline";
import type { SqliteCheck, TableCounts } from "./sqlite-backup";
import { connect, countTables, libpq, requireTool, run } from "./pg-tools";

// Dumps the application's schema with pg_dump into `target` (which must not exist); gives the
// rows per table as the dump holds them. pg_dump runs inside a snapshot this connection
// exported, so the counts and the dump are the same moment while sign-ups continue.
export async function dumpPostgres(url: string, target: string, schemaOption?: string) {
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
    await run(
      "pg_dump",
      [
        "--format=custom",
        "--no-owner",
        "--no-privileges",
        `--schema=${schema}`,
        `--snapshot=${rows[0]!.id}`,
        `--file=${partial}`,
        `--dbname=${dbname}`,
      ],
      env,
    );
    fs.chmodSync(partial, 0o600);
    fs.linkSync(partial, target);
    return tables;
  } finally {
    fs.rmSync(partial, { force: true });
    await client.query(`ROLLBACK`).catch(() => undefined);
    await client.end();
  }
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
