import { finishIssueSends, type Db, type SendOutcome } from "../db";

type Waiting = { outcome: SendOutcome; resolve: () => void; reject: (error: unknown) => void };

// Records a run's outcomes in the send log, each as soon as it is known: the first goes at
// once, and those that come while it is being written go together in the next transaction
// (group commit). Nothing waits for company, so a mail handed over is marked sent as soon as
// one at a time would mark it (exactly once holds), at a fraction of the commits.
export function openSendLogWriter(db: Db, claim: { day: string; runId: string }) {
  const queue: Waiting[] = [];
  let writing = false;

  async function drain() {
    writing = true;
    while (queue.length > 0) {
      const batch = queue.splice(0, 200);
      try {
        await finishIssueSends(
          db,
          claim,
          batch.map((w) => w.outcome),
        );
        for (const w of batch) w.resolve();
      } catch (error) {
        for (const w of batch) w.reject(error);
      }
    }
    writing = false;
  }

  // Resolves once the outcome is written.
  return (outcome: SendOutcome) =>
    new Promise<void>((resolve, reject) => {
      queue.push({ outcome, resolve, reject });
      if (!writing) void drain();
    });
}
