import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { countQueuedMail, findSubscriberByEmail, openDatabase, type Db } from "@/lib/db";
import { recipientsInOutbox } from "./mail-outbox";
import { killNow, startNextServer, waitForExit } from "./server-process";
import { postgresSchema, TEST_DATABASE_URL } from "./support/postgres-schema";

// Ports of its own in E2E_PORT's range (the main e2e server runs meanwhile on E2E_PORT itself),
// so that checkouts testing side by side with their own E2E_PORT never meet.
const BASE_PORT = Number(process.env.E2E_PORT ?? 3210);
const PORTS = { SQLite: BASE_PORT + 7, PostgreSQL: BASE_PORT + 8 };
const ACKS_BEFORE_KILL = 60;
for (const dialect of ["SQLite", "PostgreSQL"] as const) {
  test(`a crash mid sign-ups loses no acknowledged sign-up or its mail (${dialect})`, async () => {
    test.setTimeout(150_000);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "newsletter-crash-"));
    const outbox = path.join(dir, "outbox");
    const pgSchema = dialect === "PostgreSQL" ? await postgresSchema("crash") : null;
    test.skip(
      dialect === "PostgreSQL" && !pgSchema,
      `SKIPPING: no PostgreSQL answers at ${TEST_DATABASE_URL}`,
    );
    const databaseUrl = pgSchema?.url ?? `file:${path.join(dir, "site.db")}`;
    const port = PORTS[dialect];
    const env = {
      DATABASE_URL: databaseUrl,
      MAIL_OUTBOX_DIR: outbox,
      TOKEN_SECRET: "crash-test-secret-0123456789abcdef01234567",
      SIGNUP_RATE_LIMIT: "0",
      MAIL_DELIVERY_INTERVAL_MS: "200",
    };
    let server = await startNextServer(port, env);
    const acknowledged: string[] = [];
    let stop = false;
    let n = 0;

    async function signUpUntilStopped() {
      while (!stop) {
        const email = `kaatuminen${n++}@esimerkki.fi`;
        try {
          const res = await fetch(`http://127.0.0.1:${port}/api/newsletter/subscribe`, {
            method: "POST",
            redirect: "manual",
            headers: {
              "content-type": "application/x-www-form-urlencoded",
              origin: `http://127.0.0.1:${port}`,
            },
            body: new URLSearchParams([
              ["email", email],
              ["topics", "talous"],
            ]).toString(),
          });
          if (res.status === 303) acknowledged.push(email);
          if (acknowledged.length >= ACKS_BEFORE_KILL && !stop) {
            stop = true;
            killNow(server);
          }
        } catch {
          return; // the server died under this request: not acknowledged
        }
      }
    }
    await Promise.all(Array.from({ length: 8 }, signUpUntilStopped));
    await waitForExit(server);

    let db: Db = openDatabase({ url: databaseUrl });
    const queuedAtCrash = await countQueuedMail(db);
    await db.close();
    console.log(
      `${dialect}: ${acknowledged.length} acknowledged, ${n} attempted, ${queuedAtCrash} mails unsent at the crash`,
    );

    server = await startNextServer(port, env);
    try {
      const deadline = Date.now() + 60_000;
      let missing = acknowledged;
      while (Date.now() < deadline) {
        const mailed = recipientsInOutbox(outbox);
        missing = acknowledged.filter((e) => !mailed.has(e));
        if (missing.length === 0) break;
        await new Promise((r) => setTimeout(r, 250));
      }
      expect(missing).toEqual([]);
      db = openDatabase({ url: databaseUrl });
      for (const email of acknowledged)
        expect(await findSubscriberByEmail(db, email), email).toBeDefined();
      await db.close();
    } finally {
      killNow(server);
      await waitForExit(server);
      await pgSchema?.drop();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
}
