import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type pg from "pg";
import { loadDumpInto } from "./pg-load";
import { capture, connect, countTables, quote, requireTool } from "./pg-tools";

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

async function tablesOf(client: pg.Client, schema: string) {
  return Object.keys(await countTables(client, schema));
}

// Puts the staged tables in place of the live ones in one transaction: the live tables are
// dropped and the staged ones moved over (with their indexes, constraints and sequences), or,
// on any error, nothing changes. The live schema itself is never dropped (it may hold what is
// not ours); it is created when missing.
async function switchTables(client: pg.Client, staging: string, live: string) {
  await client.query("BEGIN");
  try {
    await client.query(`CREATE SCHEMA IF NOT EXISTS ${quote(live)}`);
    const old = await tablesOf(client, live);
    if (old.length)
      await client.query(
        `DROP TABLE ${old.map((t) => `${quote(live)}.${quote(t)}`).join(", ")} CASCADE`,
      );
    for (const table of await tablesOf(client, staging))
      await client.query(`ALTER TABLE ${quote(staging)}.${quote(table)} SET SCHEMA ${quote(live)}`);
    await client.query(`DROP SCHEMA ${quote(staging)} CASCADE`);
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  }
}

// Restores a dump all or nothing. It is loaded into a new schema of its own (one transaction,
// see pg-load.ts), `prepare` readies it there (migrations, the erasure journal), and only then
// its tables replace the live ones in one transaction. A dump that fails halfway, a migration
// or a journal entry that fails, leaves the live schema exactly as it was. The dump must come
// from the schema the configuration works in.
export async function restorePostgres<T>(
  url: string,
  file: string,
  schemaOption: string | undefined,
  prepare: (staged: { url: string; schema: string }) => Promise<T>,
  onRows?: (rows: number) => void,
): Promise<T> {
  requireTool("pg_restore");
  requireTool("psql");
  const list = await capture("pg_restore", ["--list", file]);
  const dumped = /^\d+; \d+ \d+ SCHEMA - (\S+) /m.exec(list)?.[1];
  const { client, schema } = await connect(url, schemaOption);
  const staging = `${schema.slice(0, 40)}_restore_${randomBytes(6).toString("hex")}`;
  const listFile = path.join(os.tmpdir(), `pg-restore-list-${process.pid}-${Date.now()}`);
  try {
    if (dumped && dumped !== schema) {
      throw new Error(
        `The dump holds schema "${dumped}", but the configured database works in "${schema}"`,
      );
    }
    // The staging schema is ours: leave the dump's CREATE SCHEMA (and its COMMENT) out.
    fs.writeFileSync(
      listFile,
      list
        .split("\n")
        .filter((l) => !/ SCHEMA - | COMMENT - SCHEMA /.test(l))
        .join("\n"),
    );
    await client.query(`CREATE SCHEMA ${quote(staging)}`);
    try {
      await loadDumpInto(url, { file, listFile, schema: dumped ?? schema }, staging, onRows);
      const prepared = await prepare({ url, schema: staging });
      await switchTables(client, staging, schema);
      return prepared;
    } catch (error) {
      await client.query(`DROP SCHEMA IF EXISTS ${quote(staging)} CASCADE`).catch(() => undefined);
      throw error;
    }
  } finally {
    fs.rmSync(listFile, { force: true });
    await client.end();
  }
}
