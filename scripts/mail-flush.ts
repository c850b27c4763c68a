// npm run mail:flush — sends every queued message that is due, then exits (cron, or after an outage).
import { getEnv } from "@/lib/env";
import { consoleLogger } from "@/lib/log";
import { deliverQueuedMail } from "@/lib/mail";
import { countQueuedMail } from "@/lib/db";
import { openConfiguredDatabase, openConfiguredTransport } from "@/lib/server/server";

const db = await openConfiguredDatabase(getEnv());
const transport = openConfiguredTransport();
try {
  const { sent, failed, stopped } = await deliverQueuedMail({
    db,
    transport,
    clock: Date.now,
    log: consoleLogger,
  });
  const left = await countQueuedMail(db);
  console.log(`Sent ${sent}, failed ${failed}, still queued ${left} (${transport.kind}).`);
  // A fault of ours or a relay that does not answer: one line that says what to fix.
  if (stopped) console.error(`mail:flush stopped, nothing lost: ${stopped.summary}`);
  process.exitCode = failed > 0 || stopped ? 1 : 0;
} finally {
  transport.close();
  await db.close();
}
