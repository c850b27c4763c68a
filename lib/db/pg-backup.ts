import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import readline from "node:readline";
import pg from "pg";
import type { SqliteCheck, TableCounts } from "./sqlite-backup";

// pg_dump's custom format: compressed, checked by pg_restore, restorable table by table.
export const PG_DUMP_ADVICE =
  "Install the PostgreSQL client tools of the server's major version (Debian: apt-get install " +
  "postgresql-client-15), or run by hand: pg_dump --format=custom --no-owner --no-privileges " +
  '--schema=public --file=FILE "$DATABASE_URL"';

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

// The connection for pg_dump/pg_restore: the password goes in the environment, not on a
// command line that `ps` shows to every user of the machine.
function libpq(url: string) {
  const u = new URL(url);
  const password = decodeURIComponent(u.password);
  u.password = "";
  return {
    dbname: u.toString(),
    env: { ...process.env, ...(password ? { PGPASSWORD: password } : {}) },
  };
}

function requireTool(name: "pg_dump" | "pg_restore") {
  const probe = spawnSync(name, ["--version"], { encoding: "utf8" });
  if (probe.status !== 0) throw new Error(`${name} is not installed. ${PG_DUMP_ADVICE}`);
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env, stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.on("error", reject);
    child.on("exit", (code) =>
      code === 0
        ? resolve()
        : reject(new Error(`${command} failed (exit ${code}): ${stderr.trim()}`)),
    );
  });
}

async function connect(url: string, schemaOption?: string) {
  const client = new pg.Client({
    connectionString: url,
    ...(schemaOption ? { options: `-c search_path=${schemaOption}` } : {}),
  });
  await client.connect();
  const { rows } = await client.query<{ s: string | null }>(`SELECT current_schema() AS s`);
  // current_schema() is null while the configured schema does not exist (yet).
  const schema = schemaOption ?? rows[0]!.s;
  if (!schema) {
    await client.end();
    throw new Error("The connection's search_path names no existing schema");
  }
  return { client, schema };
}

async function countTables(client: pg.Client, schema: string): Promise<TableCounts> {
  const { rows } = await client.query<{ name: string }>(
    `SELECT table_name AS name FROM information_schema.tables
     WHERE table_schema = $1 AND table_type = 'BASE TABLE' ORDER BY table_name`,
    [schema],
  );
  const tables: TableCounts = {};
  for (const { name } of rows) {
    const counted = await client.query<{ n: string }>(
      `SELECT COUNT(*) AS n FROM ${quote(schema)}.${quote(name)}`,
    );
    tables[name] = Number(counted.rows[0]!.n);
  }
  return tables;
}

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
// table and the applied migrations found in it. Touches no database.
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
  let current: string | null = null;
  for await (const line of readline.createInterface({ input: child.stdout, crlfDelay: Infinity })) {
    if (current === null) {
      const copy = /^COPY (?:[^ ]+\.)?"?([^" ]+)"? .*FROM stdin;$/.exec(line);
      if (copy) tables[(current = copy[1]!)] = 0;
    } else if (line === "\\.") current = null;
    else {
      tables[current]!++;
      if (current === "schema_migrations") migrations.push(line.split("\t")[0]!);
    }
  }
  const code = await exited;
  const problems = code === 0 ? [] : [`pg_restore could not read the dump: ${stderr.trim()}`];
  return { problems, tables, migrations: migrations.sort() };
}

// Gives true when the schema holds any row outside the bookkeeping table.
export async function postgresHasData(url: string, schemaOption?: string) {
  const { client, schema } = await connect(url, schemaOption);
  try {
    const tables = await countTables(client, schema);
    return {
      hasData: Object.entries(tables).some(([name, n]) => name !== "schema_migrations" && n > 0),
      hasTables: Object.keys(tables).length > 0,
    };
  } finally {
    await client.end();
  }
}

function capture(command: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    let err = "";
    child.stdout.on("data", (chunk) => (out += chunk));
    child.stderr.on("data", (chunk) => (err += chunk));
    child.on("error", reject);
    child.on("exit", (code) =>
      code === 0
        ? resolve(out)
        : reject(new Error(`${command} failed (exit ${code}): ${err.trim()}`)),
    );
  });
}

// Restores a dump in one transaction into the schema it was taken from, which must be the one
// the configuration works in; `replace` first drops every table of that schema. The schema
// itself is created here when missing and never dropped (it may hold what is not ours).
export async function restorePostgres(
  url: string,
  file: string,
  schemaOption: string | undefined,
  replace: boolean,
) {
  requireTool("pg_restore");
  const list = await capture("pg_restore", ["--list", file]);
  const dumped = /^\d+; \d+ \d+ SCHEMA - (\S+) /m.exec(list)?.[1];
  const { client, schema } = await connect(url, schemaOption);
  try {
    if (dumped && dumped !== schema) {
      throw new Error(
        `The dump holds schema "${dumped}", but the configured database works in "${schema}"`,
      );
    }
    await client.query(`CREATE SCHEMA IF NOT EXISTS ${quote(schema)}`);
    const tables = Object.keys(await countTables(client, schema));
    if (replace && tables.length) {
      await client.query(
        `DROP TABLE ${tables.map((t) => `${quote(schema)}.${quote(t)}`).join(", ")} CASCADE`,
      );
    }
  } finally {
    await client.end();
  }
  // The schema exists by now: leave its CREATE (and COMMENT) out of what pg_restore runs.
  const listFile = path.join(os.tmpdir(), `pg-restore-list-${process.pid}-${Date.now()}`);
  fs.writeFileSync(
    listFile,
    list
      .split("\n")
      .filter((l) => !/ SCHEMA - /.test(l))
      .join("\n"),
  );
  try {
    const { dbname, env } = libpq(url);
    await run(
      "pg_restore",
      [
        "--no-owner",
        "--no-privileges",
        "--exit-on-error",
        "--single-transaction",
        `--use-list=${listFile}`,
        `--dbname=${dbname}`,
        file,
      ],
      env,
    );
  } finally {
    fs.rmSync(listFile, { force: true });
  }
}
