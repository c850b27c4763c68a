// A second process signing readers up through the real write path as fast as it can, printing
// "ADDRESS MS" once its transaction has committed (MS: when): what "acknowledged" means to a reader.
// node --import tsx tests/helpers/signup-writer.ts URL [SCHEMA] PREFIX
import { openDatabase } from "@/lib/db";
import { subscribe } from "@/lib/subscription/subscribe";

const [url, schema, prefix] = process.argv.slice(2);
const db = openDatabase({ url, schema: schema || undefined });
const deps = {
  db,
  clock: Date.now,
  siteUrl: "https://uutiskirje.example",
  siteName: "Juridiikan ja talouden uutiskirje",
  tokenSecret: "signup-writer-secret-0123456789abcdef",
  log: { info: () => undefined, warn: () => undefined, error: console.error },
};
let stopping = false;
const stop = () => (stopping = true);
process.on("SIGTERM", stop);
// Bounded even when nobody stops it: the test's end closes our stdin, and a writer whose test
// died never runs on past a minute.
process.stdin.on("end", stop).on("close", stop).resume();
setTimeout(stop, 60_000).unref();
process.stdout.on("error", stop);
for (let n = 0; !stopping; n++) {
  const email = `${prefix}-${n}@kirjoittaja.fi`;
  await subscribe({ email, topics: ["talous"], frequency: "daily" }, deps);
  process.stdout.write(`${email} ${Date.now()}\n`);
  // SQLite settles every promise in microtasks: let the SIGTERM handler and stdout have a turn.
  await new Promise((resolve) => setImmediate(resolve));
}
await db.close();
process.exit(0);
