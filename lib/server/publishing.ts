// Wires the publish schedule to this server: the pages it warms, how it reaches itself, and a
// first warm-up as soon as the server answers (instrumentation runs before it listens).
import { consoleLogger } from "../log";
import { newlyPublishedPaths, timeDependentPaths } from "../publishing/listing-paths";
import { warmPages } from "./page-warmer";
import { startPublishSchedule, type PublishSchedule } from "./publish-schedule";

const READY_TIMEOUT_MS = 120_000;

const state = globalThis as typeof globalThis & { __publishSchedule?: PublishSchedule };

async function whenListening(origin: () => string): Promise<boolean> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`${origin()}/api/health`)).ok) return true;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return false;
}

// Starts the publish schedule once per process and runs its first warm-up in the background.
export function startPublishing(origin: () => string): void {
  if (state.__publishSchedule) return;
  const schedule = startPublishSchedule({
    clock: Date.now,
    paths: (now) => [...newlyPublishedPaths(now), ...timeDependentPaths()],
    warm: (paths) => warmPages(origin(), paths),
    log: consoleLogger,
  });
  state.__publishSchedule = schedule;
  void whenListening(origin)
    .then((up) => {
      if (up) return schedule.runNow();
      consoleLogger.error(`publish warm-up: ${origin()} never answered; skipped`);
    })
    .catch((error) => consoleLogger.error("publish warm-up failed:", error));
}
