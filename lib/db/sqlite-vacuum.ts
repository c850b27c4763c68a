import fs from "node:fs";
import { createRequire } from "node:module";
import { Worker } from "node:worker_threads";
import Database from "better-sqlite3";

// Told how many bytes of the copy are written, of about how many.
export type CopyProgress = (done: number, total: number) => void;

const BUSY_TIMEOUT_MS = 10_000;

// Gives about how large a VACUUM INTO copy of `source` will be: its pages in use.
function expectedBytes(source: string): number {
  const db = new Database(source, { readonly: true, fileMustExist: true });
  try {
    const pages = Number(db.pragma("page_count", { simple: true }));
    const free = Number(db.pragma("freelist_count", { simple: true }));
    return (pages - free) * Number(db.pragma("page_size", { simple: true }));
  } finally {
    db.close();
  }
}

function vacuumHere(source: string, target: string) {
  const db = new Database(source, { readonly: true, fileMustExist: true });
  try {
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    db.prepare(`VACUUM INTO ?`).run(target);
  } finally {
    db.close();
  }
}

// Runs the copy in a worker thread; false when the worker could not load better-sqlite3 (a
// test run whose addon was built for another Node), so the caller copies on this thread.
function vacuumInWorker(source: string, target: string, onTick: () => void): Promise<boolean> {
  const modulePath = createRequire(import.meta.url).resolve("better-sqlite3");
  const worker = new Worker(new URL("./sqlite-vacuum-worker.mjs", import.meta.url), {
    workerData: { modulePath, source, target, busyTimeoutMs: BUSY_TIMEOUT_MS },
  });
  const ticking = setInterval(onTick, 250);
  return new Promise<boolean>((resolve, reject) => {
    worker.once("message", (m: { ok: boolean; stage?: string; message?: string }) => {
      if (m.ok) resolve(true);
      else if (m.stage === "load") resolve(false);
      else reject(new Error(m.message));
    });
    worker.once("error", reject);
    worker.once("exit", (code) => reject(new Error(`the copy's worker stopped (exit ${code})`)));
  }).finally(() => {
    clearInterval(ticking);
    void worker.terminate();
  });
}

// Writes a VACUUM INTO copy of the SQLite file `source` to `target` (which must not exist):
// one read transaction (a WAL reader never blocks writers), no free pages. With `progress`,
// the copy runs off the main thread and the bytes written so far are reported meanwhile.
export async function vacuumInto(source: string, target: string, progress?: CopyProgress) {
  if (!progress) return vacuumHere(source, target);
  const total = expectedBytes(source);
  const tick = () => progress(fs.existsSync(target) ? fs.statSync(target).size : 0, total);
  if (!(await vacuumInWorker(source, target, tick))) vacuumHere(source, target);
  progress(total, total);
}
