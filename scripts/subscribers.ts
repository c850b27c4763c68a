// npm run subscribers -- export EMAIL | erase EMAIL | purge
//                      | export-csv FILE|- | import-csv FILE [--send-confirmations]
//                      | unsuppress EMAIL --reason "why" | unsubscribe EMAIL
// Answers data subject requests, removes stale sign-ups, moves the list out and in as CSV,
// lifts a suppression and unsubscribes an address by hand.
import fs from "node:fs";
import { parseArgs } from "node:util";
import { countSubscribersByStatus, liftSuppressionByHand } from "@/lib/db";
import { erasureJournalFile, getEnv } from "@/lib/env";
import { maskEmail } from "@/lib/log";
import { createProgress } from "@/lib/progress";
import { exportSubscriberCsv } from "@/lib/subscription/csv-export";
import { importSubscriberCsv, type ImportReport } from "@/lib/subscription/csv-import";
import {
  eraseSubscriberData,
  exportSubscriber,
  purgeOldBounceEvents,
  purgeStaleSignups,
} from "@/lib/subscription/privacy";
import { unsubscribeByHand } from "@/lib/subscription/manage";
import { newsletterDeps, openConfiguredDatabase } from "@/lib/server/server";

const usage = `Usage: npm run subscribers -- export EMAIL | erase EMAIL | purge
       npm run subscribers -- export-csv FILE|-
       npm run subscribers -- import-csv FILE [--send-confirmations]
       npm run subscribers -- unsuppress EMAIL --reason "why (kept on record)"
       npm run subscribers -- unsubscribe EMAIL`;

function readArgs() {
  try {
    return parseArgs({
      args: process.argv.slice(2),
      allowPositionals: true,
      options: { "send-confirmations": { type: "boolean" }, reason: { type: "string" } },
    });
  } catch (error) {
    console.error(`${(error as Error).message.split(". To specify")[0]}\n\n${usage}`);
    process.exit(2);
  }
}
const { values, positionals } = readArgs();
const [command, target, ...extra] = positionals;
const sendConfirmations = values["send-confirmations"] ?? false;
const reason = values.reason?.trim();

const needsArg = ["export", "erase", "export-csv", "import-csv", "unsuppress", "unsubscribe"];
if (
  !command ||
  ![...needsArg, "purge"].includes(command) ||
  (needsArg.includes(command) && !target) ||
  extra.length > 0 ||
  (sendConfirmations && command !== "import-csv") ||
  (values.reason !== undefined && command !== "unsuppress")
) {
  console.error(usage);
  process.exit(2);
}
if (command === "unsuppress" && !reason) {
  console.error(`unsuppress: --reason "…" is required: say why the address may get mail again.`);
  process.exit(2);
}

function printImport(report: ImportReport) {
  console.log(
    `Added ${report.confirmed} confirmed (consent from the list), ${report.pending} pending`,
  );
  console.log(
    `Confirmation mails queued: ${report.mailed}${sendConfirmations ? "" : " (--send-confirmations not given)"}`,
  );
  console.log(`Already on the list, left as they were: ${report.unchanged}`);
  console.log(
    `Refused: ${report.refused.unsubscribed} unsubscribed, ${report.refused.erased} erased, ${report.refused.bounced} hard-bounced`,
  );
  if (report.ignoredColumns.length)
    console.log(`Ignored columns: ${report.ignoredColumns.join(", ")}`);
  for (const d of report.duplicates) console.log(`line ${d.line}: skipped, ${d.message}`);
  for (const e of report.errors) console.error(`line ${e.line}: not imported: ${e.message}`);
  if (report.errors.length) console.error(`${report.errors.length} rows not imported.`);
}

const env = getEnv();
const db = await openConfiguredDatabase(env);
try {
  if (command === "export") {
    const data = await exportSubscriber(db, target!);
    if (!data) {
      console.error("No subscriber with that address.");
      process.exitCode = 1;
    } else console.log(JSON.stringify(data, null, 2));
  } else if (command === "erase") {
    const journal = erasureJournalFile(env);
    const erased = await eraseSubscriberData(db, target!, { journal });
    // Recorded either way: an older backup may still hold the address (db:restore erases it).
    console.log(
      `${erased ? "Erased." : "No subscriber with that address."} Recorded in the erasure journal ${journal}.`,
    );
    process.exitCode = erased ? 0 : 1;
  } else if (command === "unsuppress") {
    const lifted = await liftSuppressionByHand(db, target!, reason!, Date.now());
    if (!lifted) {
      console.error("That address has no suppression.");
      process.exitCode = 1;
    } else {
      const code = lifted.statusCode ? ` (${lifted.statusCode})` : "";
      console.log(
        `Lifted the ${lifted.was} suppression${code} of ${maskEmail(target!)}; reason recorded: ${reason}`,
      );
    }
  } else if (command === "unsubscribe") {
    const result = await unsubscribeByHand(db, target!, Date.now());
    if (result.kind === "none") {
      console.error("No subscriber with that address.");
      process.exitCode = 1;
    } else if (result.kind === "already")
      console.log(`${maskEmail(target!)} was unsubscribed already.`);
    else console.log(`Unsubscribed ${maskEmail(target!)} (was ${result.was}).`);
  } else if (command === "export-csv") {
    // A file gets a BOM so that spreadsheets read it as UTF-8; it is never overwritten.
    const out =
      target === "-" ? process.stdout : fs.createWriteStream(target!, { flags: "wx", mode: 0o600 });
    if (out !== process.stdout) out.write("\uFEFF");
    let rows = -1;
    const { confirmed } = await countSubscribersByStatus(db);
    const progress = createProgress({ label: "export-csv", unit: "rows", total: confirmed });
    try {
      for await (const line of exportSubscriberCsv(db)) {
        rows++;
        if (rows > 0) progress.update(rows);
        if (!out.write(line))
          await new Promise<void>((resolve) => out.once("drain", () => resolve()));
      }
    } finally {
      progress.finish();
    }
    if (out !== process.stdout) {
      await new Promise<void>((resolve, reject) =>
        (out as fs.WriteStream).end((e?: Error | null) => (e ? reject(e) : resolve())),
      );
      console.error(`Exported ${rows} confirmed subscribers to ${target}.`);
    }
  } else if (command === "import-csv") {
    // A list saved as Latin-1 or UTF-16 would otherwise import with mangled characters.
    let text: string;
    try {
      text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(
        fs.readFileSync(target!),
      );
    } catch (error) {
      if (!(error instanceof TypeError)) throw error;
      throw new Error(`${target} is not UTF-8 text: save it as "CSV UTF-8" and try again`);
    }
    const progress = createProgress({ label: "import-csv", unit: "rows" });
    const report = await importSubscriberCsv(text, newsletterDeps(db, env), {
      sendConfirmations,
      progress: progress.update,
    }).finally(progress.finish);
    printImport(report);
    process.exitCode = report.errors.length ? 1 : 0;
  } else {
    console.log(
      `Purged ${await purgeStaleSignups(db, Date.now())} unconfirmed sign-ups older than 30 days.`,
    );
    console.log(
      `Purged ${await purgeOldBounceEvents(db, Date.now())} bounce events older than 90 days.`,
    );
  }
} catch (error) {
  console.error(`${command} failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  await db.close();
}
