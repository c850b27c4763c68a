import { spawn, spawnSync } from "node:child_process";
import readline from "node:readline";
import pg from "pg";
import type { TableCounts } from "./sqlite-backup";

// The client tools and connections that pg-backup.ts and pg-restore.ts share.

// pg_dump's custom format: compressed, checked by pg_restore, restorable table by table.
export const PG_DUMP_ADVICE =
  "Install the PostgreSQL client tools of the server's major version (Debian: apt-get install " +
  "postgresql-client-15), or run by hand: pg_dump --format=custom --no-owner --no-privileges " +
  '--schema=public --file=FILE "$DATABASE_URL"';

export const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

// The connection for pg_dump/pg_restore: the password goes in the environment, not on a
// command line that `ps` shows to every user of the machine.
export function libpq(url: string) {
  const u = new URL(url);
  const password = decodeURIComponent(u.password);
  u.password = "";
  return {
    dbname: u.toString(),
    env: { ...process.env, ...(password ? { PGPASSWORD: password } : {}) },
  };
}

export function requireTool(name: "pg_dump" | "pg_restore" | "psql") {
  const probe = spawnSync(name, ["--version"], { encoding: "utf8" });
  if (probe.status !== 0) throw new Error(`${name} is not installed. ${PG_DUMP_ADVICE}`);
}

// Runs a client tool; `onLine` receives each line it writes to stderr (its --verbose
// output), and only its warnings and errors go into the error message.
export function run(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  onLine?: (line: string) => void,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env, stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    if (onLine) {
      readline.createInterface({ input: child.stderr, crlfDelay: Infinity }).on("line", (line) => {
        onLine(line);
        if (/error|warning|fatal|detail|hint/i.test(line)) stderr += `${line}\n`;
      });
    } else child.stderr.on("data", (chunk) => (stderr += chunk));
    child.on("error", reject);
    child.on("exit", (code) =>
      code === 0
        ? resolve()
        : reject(new Error(`${command} failed (exit ${code}): ${stderr.trim()}`)),
    );
  });
}

export async function connect(url: string, schemaOption?: string) {
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

export async function countTables(client: pg.Client, schema: string): Promise<TableCounts> {
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

export function capture(command: string, args: string[]): Promise<string> {
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
