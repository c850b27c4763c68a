import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";

// A plain description of a card (type + props, no React internals) that can cross into a worker.
export type PlainElement = { type: string; props: Record<string, unknown> };
export type CardFont = { name: string; data: Uint8Array; weight: 400 | 700; style: "normal" };

// The worker loads next/og from the project itself (it is not bundled), so one build process can
// draw cards on another core while its main thread keeps rendering pages.
const WORKER_SOURCE = `
const { parentPort, workerData } = require("node:worker_threads");
const { ImageResponse } = require(require.resolve("next/og", { paths: [workerData.cwd] }));
parentPort.on("message", async ({ id, element, size }) => {
  try {
    const png = new Uint8Array(await new ImageResponse(element, { ...size, fonts: workerData.fonts }).arrayBuffer());
    parentPort.postMessage({ id, png }, [png.buffer]);
  } catch (error) {
    parentPort.postMessage({ id, error: String(error && error.stack || error) });
  }
});`;

type Pending = { resolve: (png: Uint8Array) => void; reject: (error: Error) => void };
type Pool = { workers: Worker[]; pending: Map<number, Pending>; seq: number };
let pool: Pool | undefined;

function startPool(fonts: CardFont[]): Pool {
  // Next already runs one build process per spare core; a thread or two each is enough.
  const size = Math.min(2, Math.max(1, availableParallelism() - 1));
  const started: Pool = { workers: [], pending: new Map(), seq: 0 };
  for (let i = 0; i < size; i++) {
    const worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: { cwd: process.cwd(), fonts },
    });
    worker.unref(); // an idle pool never keeps the process alive
    worker.on("message", ({ id, png, error }: { id: number; png?: Uint8Array; error?: string }) => {
      const job = started.pending.get(id);
      started.pending.delete(id);
      if (started.pending.size === 0) started.workers.forEach((w) => w.unref());
      if (error || !png) job?.reject(new Error(`share card: ${error}`));
      else job?.resolve(png);
    });
    started.workers.push(worker);
  }
  return started;
}

// Gives the PNG bytes of a card drawn by a worker thread.
export function drawInPool(
  element: PlainElement,
  size: { width: number; height: number },
  fonts: CardFont[],
): Promise<Uint8Array> {
  pool ??= startPool(fonts);
  const current = pool;
  const id = current.seq++;
  const worker = current.workers[id % current.workers.length]!;
  worker.ref();
  return new Promise((resolve, reject) => {
    current.pending.set(id, { resolve, reject });
    worker.postMessage({ id, element, size });
  });
}
