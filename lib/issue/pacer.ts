// Gives a function that resolves when the next message may go, spacing messages evenly at
// `perSecond` across all workers of a run (0 = no limit). Time is measured with a monotonic
// clock so that a wall-clock jump neither stalls nor floods the server.
export function createPacer(perSecond: number, sleep: (ms: number) => Promise<void>) {
  if (perSecond <= 0) return async () => undefined;
  const gap = 1000 / perSecond;
  let next = performance.now();
  return async () => {
    const now = performance.now();
    const slot = Math.max(now, next);
    next = slot + gap;
    if (slot > now) await sleep(slot - now);
  };
}
