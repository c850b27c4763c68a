// npm run bench:mail-faults [-- --postgres] [-- --outage-seconds 10]
// Injects each fault of ours a relay can give (refused login, sender, quota, policy, size, a
// refused connection, a relay that is down) into the real send path and the real delivery loop,
// against the test SMTP server on 127.0.0.1, and prints per fault:
// - send: its exit verdict, how many readers were suppressed (goal 0), and after the fix how
//   many copies each reader has (goal exactly 1);
// - the delivery loop (real clock, the default 5 s interval): three confirmation mails queued
//   while the relay refuses for --outage-seconds, then the seconds from the fix until every one
//   went out (goal ≤ 120).
// Then the same after a three-hour outage, on a clock moved forward (goal ≤ 300 clock seconds).
import os from "node:os";
import { parseArgs } from "node:util";
import { countQueuedMail, enqueueMail, type Db } from "../../lib/db";
import { sendIssue } from "../../lib/issue/send-issue";
import { buildConfirmationMail, createMailTransport } from "../../lib/mail";
import { createProgress } from "../../lib/progress";
import { startDeliveryLoop } from "../../lib/server/delivery-loop";
import { makeArticle } from "../../tests/fixtures/articles";
import { postgresTestDatabase, sqliteTestDatabase } from "../../tests/helpers/databases";
import { addConfirmedSubscriber, sendDeps, smtpTransport } from "../../tests/helpers/issue-send";
import { FAULTS_OF_OURS, RELAY_DOWN, type RelayFault } from "../../tests/helpers/relay-faults";
import { startSmtpServer, type FaultStage, type SmtpReply } from "../../tests/helpers/smtp";

const { values } = parseArgs({
  options: {
    postgres: { type: "boolean", default: false },
    "outage-seconds": { type: "string", default: "10" },
  },
});
const OUTAGE_MS = Number(values["outage-seconds"]) * 1000;
const DAY = "2023-10-02";
const articles = [makeArticle({ title: "Verottaja ohjeisti", date: DAY, topics: ["verotus"] })];
const FAULTS: RelayFault[] = [...FAULTS_OF_OURS, RELAY_DOWN];
const quiet = { info: () => undefined, warn: () => undefined, error: () => undefined };
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const open = () => (values.postgres ? postgresTestDatabase() : sqliteTestDatabase());
const suppressed = async (db: Db) => (await db.all(`SELECT email FROM suppressions`)).length;

async function throughSend({ stage, reply, after }: RelayFault) {
  const t = await open();
  const smtp = await startSmtpServer();
  const readers = Array.from({ length: 20 }, (_, i) => `lukija${i}@example.fi`);
  for (const email of readers) await addConfirmedSubscriber(t.db, email, ["verotus"]);
  const send = async () => {
    const transport = smtpTransport(smtp.authUrl);
    const result = await sendIssue(DAY, sendDeps(t.db, transport, articles));
    transport.close();
    return result;
  };
  smtp.setFault(stage, reply, after);
  const stopped = await send();
  const during = await suppressed(t.db);
  smtp.setFault(stage, undefined);
  await send();
  const copies = readers.map((r) => smtp.received.filter((m) => m.to.includes(r)).length);
  await smtp.close();
  await t.dispose();
  return {
    verdict:
      stopped.kind === "sent" && stopped.stopped
        ? `stopped (${stopped.stopped.outcome})`
        : "not stopped",
    suppressed: during,
    copies: `${Math.min(...copies)}–${Math.max(...copies)}`,
  };
}

async function queueConfirmations(db: Db, now: number) {
  for (const to of ["anna@example.fi", "bertta@example.fi", "cecilia@example.fi"]) {
    const mail = buildConfirmationMail({
      to,
      siteName: "Juridiikan ja talouden uutiskirje",
      topicLabels: ["Talous"],
      confirmUrl: "https://uutiskirje.example/uutiskirje/vahvista?token=x",
    });
    await enqueueMail(db, to, JSON.stringify(mail), now);
  }
}

// The delivery loop as the server runs it; gives the seconds (by `clock`) from the fix until
// the outbox is empty, after `outage` of refusals on that clock.
async function throughLoop(stage: FaultStage, reply: SmtpReply, moved: boolean, outage: number) {
  const t = await open();
  const smtp = await startSmtpServer();
  let offset = 0;
  const clock = () => Date.now() + offset;
  const transport = createMailTransport({
    from: "Uutiskirje <uutiskirje@uutiskirje.example>",
    smtpUrl: smtp.authUrl,
    outboxDir: os.tmpdir(),
  });
  smtp.setFault(stage, reply);
  await queueConfirmations(t.db, clock());
  const loop = startDeliveryLoop({ db: t.db, transport, clock, log: quiet }, moved ? 20 : 5000);
  // On a moved clock, 5 s pass per step, never while a pass holds a mail (it runs in real time).
  const busy = async () =>
    (await t.db.all(`SELECT id FROM outbox WHERE locked_until IS NOT NULL`)).length > 0;
  const step = async () => {
    await sleep(moved ? 20 : 200);
    while (moved && (await busy())) await sleep(5);
    if (moved) offset += 5000;
  };
  for (const end = clock() + outage; clock() < end;) await step();
  const during = await suppressed(t.db);
  smtp.setFault(stage, undefined);
  const fixedAt = clock();
  while ((await countQueuedMail(t.db)) > 0) await step();
  const seconds = (clock() - fixedAt) / 1000;
  await loop.stop();
  transport.close();
  await smtp.close();
  await t.dispose();
  return { seconds, suppressed: during, copies: smtp.received.length };
}

async function main() {
  const rows = [];
  // Each fault, then the three-hour outage.
  const progress = createProgress({
    label: "bench:mail-faults",
    unit: "faults",
    total: FAULTS.length + 1,
  });
  for (const fault of FAULTS) {
    const { name, stage, reply } = fault;
    const send = await throughSend(fault);
    const loop = await throughLoop(stage, reply, false, OUTAGE_MS);
    rows.push({
      fault: `${name} (${stage} ${reply.code} ${reply.text.split(" ")[0]})`,
      send: send.verdict,
      "suppressed by send": send.suppressed,
      "copies after fix": send.copies,
      "suppressed by loop": loop.suppressed,
      [`s from fix to delivery (${OUTAGE_MS / 1000} s outage)`]: loop.seconds.toFixed(1),
    });
    progress.add();
  }
  const long = await throughLoop("auth", FAULTS[0]!.reply, true, 3 * 60 * 60_000);
  progress.finish();
  console.table(rows);
  console.log(
    `after a 3-hour refused login (clock moved): every queued mail out ${long.seconds.toFixed(0)} s (clock) after the fix, ` +
      `${long.copies} copies of 3, ${long.suppressed} suppressed (${values.postgres ? "PostgreSQL" : "SQLite"})`,
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
