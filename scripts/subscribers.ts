// npm run subscribers -- export EMAIL | erase EMAIL | purge
// Answers data subject requests and removes stale sign-ups; prints JSON or one line.
import { getEnv } from "@/lib/env";
import {
  eraseSubscriberData,
  exportSubscriber,
  purgeOldBounceEvents,
  purgeStaleSignups,
} from "@/lib/subscription/privacy";
import { openConfiguredDatabase } from "@/lib/server/server";

const [command, email] = process.argv.slice(2);
const usage = "Usage: npm run subscribers -- export EMAIL | erase EMAIL | purge";

if (
  !command ||
  !["export", "erase", "purge"].includes(command) ||
  (command !== "purge" && !email)
) {
  console.error(usage);
  process.exit(2);
}

const db = await openConfiguredDatabase(getEnv());
try {
  if (command === "export") {
    const data = await exportSubscriber(db, email!);
    if (!data) {
      console.error("No subscriber with that address.");
      process.exitCode = 1;
    } else console.log(JSON.stringify(data, null, 2));
  } else if (command === "erase") {
    const erased = await eraseSubscriberData(db, email!);
    console.log(erased ? "Erased." : "No subscriber with that address.");
    process.exitCode = erased ? 0 : 1;
  } else {
    console.log(
      `Purged ${await purgeStaleSignups(db, Date.now())} unconfirmed sign-ups older than 30 days.`,
    );
    console.log(
      `Purged ${await purgeOldBounceEvents(db, Date.now())} bounce events older than 90 days.`,
    );
  }
} finally {
  await db.close();
}
