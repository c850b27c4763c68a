import type { BounceRunResult } from "./bounce-mailbox";

// Gives the lines `npm run newsletter -- bounces` prints about a run.
export function describeBounceRun(result: BounceRunResult): string[] {
  if (result.busy) return ["Another bounces run is reading the mailbox: nothing done."];
  return [
    `Bounce mailbox: ${result.Processed} processed, ${result.Ignored} ignored, ` +
      `${result.Quarantine} quarantined, ${result.failed} left for the next run.`,
    ...result.notes.map((n) => `  ${n}`),
  ];
}
