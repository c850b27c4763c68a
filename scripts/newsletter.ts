// The newsletter command line: calendar, preview, test-send, send, bounces and status. Composition root: it reads the
// configuration and content and hands them to lib/issue.
import { helsinkiToday } from "../lib/content/dates";
import { getEnv } from "../lib/env";
import { parseNewsletterArgs, USAGE, type NewsletterCommand } from "./cli/newsletter-args";
import { issueDaysInMonth } from "../lib/issue/issue-calendar";
import { describeSendResult } from "../lib/issue/send-report";
import { sendIssue } from "../lib/issue/send-issue";
import { dryRunIssue } from "../lib/issue/send-preview";
import { openSendDeps } from "../lib/server/send-setup";
import { testSendIssue } from "../lib/issue/test-send";
import { describeTestSend } from "../lib/issue/test-send-report";
import { processBounceMailbox } from "../lib/bounces/bounce-mailbox";
import { describeBounceRun } from "../lib/bounces/bounce-report";
import { describeListHealth, getListHealth, listHealthJson } from "../lib/bounces/list-health";
import { consoleLogger } from "../lib/log";
import { createProgress } from "../lib/progress";
import { resolveTokenSecret } from "../lib/subscription/token-secret";
import { purgeOldBounceEvents } from "../lib/subscription/privacy";
import { openConfiguredDatabase } from "../lib/server/server";
import { openTestSendDeps } from "../lib/server/test-send-setup";
import { previewIssue } from "./cli/newsletter-preview";
import type { Db } from "../lib/db";

async function run(command: NewsletterCommand): Promise<number> {
  if (command.command === "calendar") {
    process.stdout.write(
      issueDaysInMonth(command.month)
        .map((d) => `${d}\n`)
        .join(""),
    );
    return 0;
  }
  if (command.command === "preview") return previewIssue(command);
  if (command.command === "test-send") return testSend(command);
  if (command.command === "bounces") return bounces();
  if (command.command === "status") return status(command.json);
  return send(command.date ?? helsinkiToday(), command.dryRun);
}

// Reads the bounce mailbox once; 1 when something was left for the next run.
async function readBounces(db: Db): Promise<number> {
  const env = getEnv();
  if (!env.BOUNCE_IMAP_URL) {
    process.stderr.write("newsletter: BOUNCE_IMAP_URL is not set: no bounce mailbox to read.\n");
    return 2;
  }
  const progress = createProgress({ label: "bounce mailbox", unit: "messages" });
  const result = await processBounceMailbox({
    db,
    imapUrl: env.BOUNCE_IMAP_URL,
    tokenSecret: resolveTokenSecret(env),
    clock: Date.now,
    log: consoleLogger,
    progress: progress.update,
  }).finally(progress.finish);
  process.stdout.write(`${describeBounceRun(result).join("\n")}\n`);
  // Bounce events live 90 days (privacy notice); each run keeps that true.
  const purged = await purgeOldBounceEvents(db, Date.now());
  if (purged) process.stdout.write(`Purged ${purged} bounce events older than 90 days.\n`);
  return result.failed > 0 ? 1 : 0;
}

// Prints the list's health and growth (as one JSON object with `json`); 1 when a threshold is
// crossed or mail is stuck, so cron mails someone and a monitor sees it.
async function status(json: boolean): Promise<number> {
  // With --json, stdout is the object alone: a migration's report goes to stderr.
  const log = json ? { ...consoleLogger, info: consoleLogger.error } : consoleLogger;
  const db = await openConfiguredDatabase(getEnv(), log);
  try {
    const now = Date.now();
    const health = await getListHealth(db, now);
    const out = json
      ? JSON.stringify(listHealthJson(health, now), null, 2)
      : describeListHealth(health).join("\n");
    process.stdout.write(`${out}\n`);
    return health.alerts.length ? 1 : 0;
  } finally {
    await db.close();
  }
}

async function bounces(): Promise<number> {
  const db = await openConfiguredDatabase(getEnv());
  try {
    return await readBounces(db);
  } finally {
    await db.close();
  }
}

// Mails the day's issue to the desk's addresses; 1 when a letter could not be sent or there
// was nothing to send.
async function testSend(command: Extract<NewsletterCommand, { command: "test-send" }>) {
  const deps = await openTestSendDeps(getEnv());
  try {
    const { date: day, to, topics, weekly } = command;
    const result = await testSendIssue({ day, to, topics, weekly }, deps);
    process.stdout.write(`${describeTestSend(result).join("\n")}\n`);
    if (result.kind !== "sent") return 1;
    return result.letters.some((l) => l.failure) ? 1 : 0;
  } finally {
    await deps.close();
  }
}

async function send(day: string, dryRun: boolean): Promise<number> {
  const deps = await openSendDeps(getEnv());
  try {
    // Act on the latest bounces and complaints before mailing anyone again.
    // An unreachable mailbox must not stop the issue: say so and send.
    if (!dryRun && getEnv().BOUNCE_IMAP_URL) {
      await readBounces(deps.db).catch((error: unknown) =>
        process.stderr.write(`newsletter: bounce mailbox not read: ${(error as Error).message}\n`),
      );
    }
    const progress = createProgress({ label: `issue ${day}`, unit: "letters" });
    const result = dryRun
      ? await dryRunIssue(day, deps)
      : await sendIssue(day, { ...deps, progress: progress.update }).finally(progress.finish);
    const lines = describeSendResult(result);
    process.stdout.write(`${lines.join("\n")}\n`);
    // Mail left unsent means a fault of ours, SMTP trouble or a site that is not current: a
    // non-zero status makes cron tell someone, in one line on stderr.
    if (result.kind === "dead-links" || result.kind === "too-large") return 1;
    if (result.kind !== "sent") return 0;
    if (result.stopped) {
      process.stderr.write(`newsletter: issue of ${day} stopped: ${result.stopped.summary}\n`);
      return 1;
    }
    return result.deferred > 0 ? 1 : 0;
  } finally {
    await deps.close();
  }
}

const parsed = parseNewsletterArgs(process.argv.slice(2));
if (!parsed.success) {
  process.stderr.write(`newsletter: ${parsed.error}\n\n${USAGE}\n`);
  process.exit(2);
}
run(parsed.data).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`newsletter: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
