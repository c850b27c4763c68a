import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { capture, connect, countTables, libpq, quote, requireTool, run } from "./pg-tools";

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
