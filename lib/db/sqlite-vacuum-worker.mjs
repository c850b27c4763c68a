// Runs one `VACUUM INTO` off the main thread (lib/db/sqlite-vacuum.ts), so that the command
// that waits for it can show the copy's progress meanwhile. Plain JavaScript: a worker is
// loaded by Node itself, outside tsx and vitest. better-sqlite3 comes from the path the main
// thread resolved; a worker that cannot load it says so, and the copy runs on the main thread.
import { createRequire } from "node:module";
import { parentPort, workerData } from "node:worker_threads";

const { modulePath, source, target, busyTimeoutMs } = workerData;
let Database;
try {
  // The JavaScript loads lazily; the native addon only with a first database, so open one.
  Database = createRequire(import.meta.url)(modulePath);
  new Database(":memory:").close();
} catch (error) {
  Database = undefined;
  parentPort.postMessage({ ok: false, stage: "load", message: String(error?.message ?? error) });
}
if (Database) {
  try {
    const db = new Database(source, { readonly: true, fileMustExist: true });
    try {
      db.pragma(`busy_timeout = ${busyTimeoutMs}`);
      db.prepare("VACUUM INTO ?").run(target);
    } finally {
      db.close();
    }
    parentPort.postMessage({ ok: true });
  } catch (error) {
    parentPort.postMessage({
      ok: false,
      stage: "vacuum",
      message: String(error?.message ?? error),
    });
  }
}
