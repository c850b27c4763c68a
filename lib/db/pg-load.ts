import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { libpq } from "./pg-tools";

// Loads a pg_dump archive into another schema than the one it was taken from, in one
// transaction: pg_restore writes the archive as SQL, every name qualified with the dumped
// schema is requalified with the target (the rows between COPY and "\." are data and are never
// touched), and psql runs the whole script with --single-transaction and ON_ERROR_STOP. A
// failure anywhere leaves the target schema as empty as it was. pg_restore has no option to
// rename a schema; this is the rename it lacks.

const COPY_START = /^COPY .+ FROM stdin;$/;

// Gives a function that requalifies `from.` as `to.` in one line of SQL (not of COPY data).
export function schemaRenamer(from: string, to: string) {
  const quoted = `"${from.replace(/"/g, '""')}".`;
  const plain = /^[a-z_][a-z0-9_$]*$/.test(from)
    ? new RegExp(`(^|[^\\w$."])${from.replace(/\$/g, "\\$")}\\.`, "g")
    : null;
  return (line: string) => {
    const requoted = line.split(quoted).join(`${to}.`);
    return plain ? requoted.replace(plain, `$1${to}.`) : requoted;
  };
}

function finished(child: ChildProcess, name: string) {
  let stderr = "";
  child.stderr!.on("data", (chunk) => (stderr += chunk));
  return new Promise<void>((resolve, reject) => {
    child.on("error", reject);
    child.on("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`${name} failed (exit ${code}): ${stderr.trim()}`)),
    );
  });
}

// Restores the archive entries `listFile` selects into schema `to` (which must exist);
// `onRows` is told how many table rows have gone to psql so far.
export async function loadDumpInto(
  url: string,
  archive: { file: string; listFile: string; schema: string },
  to: string,
  onRows?: (rows: number) => void,
) {
  const { dbname, env } = libpq(url);
  const restore = spawn(
    "pg_restore",
    ["--no-owner", "--no-privileges", `--use-list=${archive.listFile}`, "--file=-", archive.file],
    { env, stdio: ["ignore", "pipe", "pipe"] },
  );
  const psql = spawn(
    "psql",
    ["--no-psqlrc", "--quiet", "--set=ON_ERROR_STOP=1", "--single-transaction", "--file=-"].concat(
      `--dbname=${dbname}`,
    ),
    { env, stdio: ["pipe", "ignore", "pipe"] },
  );
  const restored = finished(restore, "pg_restore");
  const loaded = finished(psql, "psql");
  // psql stops reading at its first error; its exit (with the reason) is what counts then.
  psql.stdin!.on("error", () => undefined);
  const psqlGone = loaded.then(
    () => "gone" as const,
    () => "gone" as const,
  );
  const rename = schemaRenamer(archive.schema, to);
  let copying = false;
  let rows = 0;
  let rest = "";
  restore.stdout!.setEncoding("utf8");
  for await (const chunk of restore.stdout! as AsyncIterable<string>) {
    const lines = (rest + chunk).split("\n");
    rest = lines.pop()!;
    const out = lines.map((line) => {
      if (copying) {
        copying = line !== "\\.";
        if (copying) rows++;
        return line;
      }
      copying = COPY_START.test(line);
      return rename(line);
    });
    onRows?.(rows);
    if (!psql.stdin!.write(out.join("\n") + "\n")) {
      const drained = once(psql.stdin!, "drain").then(
        () => "drained" as const,
        () => "gone" as const,
      );
      if ((await Promise.race([drained, psqlGone])) === "gone") {
        restore.kill();
        break;
      }
    }
  }
  psql.stdin!.end(copying ? rest : rename(rest));
  await Promise.all([restored, loaded]);
}
