import { randomUUID } from "node:crypto";
import { ImapFlow } from "imapflow";
import { releaseJobLease, takeJobLease, type Db } from "@/lib/db";
import type { Logger } from "@/lib/log";
import { applyReport, type Outcome } from "./apply-report";
import { readReport } from "./read-report";

export const MAX_REPORT_BYTES = 1024 * 1024;
const FOLDERS = ["Processed", "Ignored", "Quarantine"] as const;
type Folder = (typeof FOLDERS)[number];

export type BounceRunDeps = {
  db: Db;
  // imap://user:password@host:143/INBOX or imaps://…:993/INBOX (BOUNCE_IMAP_URL).
  imapUrl: string;
  tokenSecret: string;
  clock: () => number;
  log: Logger;
  // Told after each message how many of the mailbox's messages this run has gone through.
  progress?: (done: number, total: number) => void;
};

export type BounceRunResult = Record<Folder, number> & {
  failed: number;
  notes: string[];
  // Another run held the mailbox; this one did nothing.
  busy?: boolean;
};

const LEASE = "bounces";
const LEASE_MS = 15 * 60_000;

function connection(url: string) {
  const u = new URL(url);
  const secure = u.protocol === "imaps:";
  return {
    mailbox: decodeURIComponent(u.pathname.replace(/^\/+/, "")) || "INBOX",
    client: new ImapFlow({
      host: u.hostname,
      port: Number(u.port) || (secure ? 993 : 143),
      secure,
      auth: { user: decodeURIComponent(u.username), pass: decodeURIComponent(u.password) },
      logger: false,
    }),
  };
}

async function decide(
  raw: Buffer,
  deps: BounceRunDeps,
): Promise<Outcome | { folder: Folder; note: string }> {
  if (raw.length > MAX_REPORT_BYTES) return { folder: "Quarantine", note: "larger than 1 MB" };
  let report;
  try {
    report = await readReport(raw);
  } catch (error) {
    return { folder: "Quarantine", note: `does not parse: ${(error as Error).message}` };
  }
  return applyReport(report, deps);
}

// Reads every message in the bounce mailbox, acts on the reports and moves each message to
// Processed, Ignored or Quarantine (never deletes). One run at a time holds a lease in the
// database (a second run at once returns `busy`): IMAP MOVE of a message another session
// just moved can still copy it. Events are keyed by report, so a rerun records nothing twice.
// A database failure leaves that message in place for the next run.
export async function processBounceMailbox(deps: BounceRunDeps): Promise<BounceRunResult> {
  const result: BounceRunResult = { Processed: 0, Ignored: 0, Quarantine: 0, failed: 0, notes: [] };
  const holder = randomUUID();
  const now = deps.clock();
  const lease = { name: LEASE, holder, now, until: now + LEASE_MS };
  if (!(await takeJobLease(deps.db, lease))) return { ...result, busy: true };
  try {
    return await readMailbox(deps, result);
  } finally {
    await releaseJobLease(deps.db, LEASE, holder);
  }
}

async function readMailbox(deps: BounceRunDeps, result: BounceRunResult) {
  const { client, mailbox } = connection(deps.imapUrl);
  await client.connect();
  try {
    const existing = new Set((await client.list()).map((m) => m.path));
    for (const folder of FOLDERS) {
      if (!existing.has(folder)) await client.mailboxCreate(folder).catch(() => undefined);
    }
    const lock = await client.getMailboxLock(mailbox);
    try {
      const exists = typeof client.mailbox === "object" ? client.mailbox.exists : 0;
      if (exists === 0) return result;
      const listed: { uid: number; size: number }[] = [];
      for await (const m of client.fetch("1:*", { uid: true, size: true }))
        listed.push({ uid: m.uid, size: m.size ?? 0 });
      for (const [index, { uid, size }] of listed.entries()) {
        deps.progress?.(index, listed.length);
        let outcome: { folder: Folder; note: string };
        if (size > MAX_REPORT_BYTES) outcome = { folder: "Quarantine", note: "larger than 1 MB" };
        else {
          const message = await client.fetchOne(String(uid), { source: true }, { uid: true });
          if (!message || !message.source) continue; // moved by a parallel run
          try {
            outcome = await decide(message.source, deps);
          } catch (error) {
            result.failed++;
            deps.log.error(`bounce ${uid} left in ${mailbox}: ${(error as Error).message}`);
            continue;
          }
        }
        const moved = await client
          .messageMove(String(uid), outcome.folder, { uid: true })
          .catch(() => false as const);
        // A parallel run moved it first: the server answers OK but maps no UID.
        if (!moved || !moved.uidMap?.has(uid)) continue;
        result[outcome.folder]++;
        result.notes.push(`${outcome.folder}: ${outcome.note}`);
      }
    } finally {
      lock.release();
    }
  } finally {
    await client.logout().catch(() => client.close());
  }
  return result;
}
