import {
  insertImportedSubscribers,
  refreshPlannerStatistics,
  type ImportedSubscriber,
} from "@/lib/db";
import { readSubscriberCsv, type CsvRowError, type CsvSubscriberRow } from "./csv-rows";
import type { NewsletterDeps } from "./deps";
import { decideImportEligibility, type ImportVerdict } from "./import-eligibility";
import { CONSENT_VERSION } from "./signup-form";
import { queueConfirmation } from "./subscribe";

// Consent the list vouches for, without saying which wording it was given to.
export const IMPORTED_CONSENT_VERSION = "imported";
// The source recorded when the list names none.
export const IMPORT_SOURCE = "import";
const BATCH = 1000;
const BATCHES_BETWEEN_STATISTICS = 10;

export type ImportReport = {
  confirmed: number; // added as confirmed: the list had a consent date
  pending: number; // added as pending: no consent date
  mailed: number; // pending rows whose confirmation mail was queued
  unchanged: number; // already pending or confirmed here
  refused: { unsubscribed: number; erased: number; bounced: number };
  duplicates: CsvRowError[];
  errors: CsvRowError[];
  ignoredColumns: string[];
};

// Imports a subscriber list (CSV text); gives what happened to each kind of row. Rows are
// written in batches, each in one transaction; an invalid row is never written, and running
// the same file again adds nothing. Pending rows are mailed (through the outbox, paced like any
// other mail) only with `sendConfirmations`.
export async function importSubscriberCsv(
  text: string,
  deps: NewsletterDeps,
  options: {
    sendConfirmations: boolean;
    // Told after each batch how many of the list's valid rows are done.
    progress?: (done: number, total: number) => void;
  },
): Promise<ImportReport> {
  const now = deps.clock();
  const list = readSubscriberCsv(text, now);
  const report: ImportReport = {
    confirmed: 0,
    pending: 0,
    mailed: 0,
    unchanged: 0,
    refused: { unsubscribed: 0, erased: 0, bounced: 0 },
    duplicates: list.duplicates,
    errors: list.errors,
    ignoredColumns: list.ignoredColumns,
  };
  for (let i = 0; i < list.rows.length; i += BATCH) {
    const batch = list.rows.slice(i, i + BATCH);
    if (i > 0 && (i / BATCH) % BATCHES_BETWEEN_STATISTICS === 0) {
      await refreshPlannerStatistics(deps.db);
    }
    await deps.db.transaction(async (tx) => {
      const verdicts = await decideImportEligibility(
        tx,
        batch.map((r) => r.email),
      );
      const fresh = batch.filter((r) => count(report, verdicts.get(r.email)!));
      const records = fresh.map((r) => toRecord(r, now, options.sendConfirmations));
      const inserted = await insertImportedSubscribers(tx, records, now);
      for (const record of records) {
        const subject = inserted.get(record.email);
        if (subject === undefined) {
          report.unchanged++; // signed up through the form a moment ago
          continue;
        }
        report[record.status]++;
        if (!record.mailed) continue;
        await queueConfirmation(tx, deps, subject, record, now);
        report.mailed++;
      }
    });
    options.progress?.(i + batch.length, list.rows.length);
  }
  if (report.mailed > 0) deps.onMailQueued?.();
  return report;
}

// Counts a row the import leaves alone; true when it is to be added.
function count(report: ImportReport, verdict: ImportVerdict): boolean {
  if (verdict === "new") return true;
  if (verdict === "already-listed") report.unchanged++;
  else if (verdict === "refused-unsubscribed") report.refused.unsubscribed++;
  else if (verdict === "refused-bounced") report.refused.bounced++;
  else report.refused.erased++;
  return false;
}

function toRecord(row: CsvSubscriberRow, now: number, mail: boolean): ImportedSubscriber {
  if (row.consent) {
    return {
      email: row.email,
      topics: row.topics,
      frequency: row.frequency,
      status: "confirmed",
      consentAt: row.consent.at,
      consentSource: row.consent.source ?? IMPORT_SOURCE,
      consentVersion: row.consent.version ?? IMPORTED_CONSENT_VERSION,
      mailed: false,
    };
  }
  // No consent on record: the person consents, if at all, by confirming our mail.
  return {
    email: row.email,
    topics: row.topics,
    frequency: row.frequency,
    status: "pending",
    consentAt: now,
    consentSource: row.pendingSource ?? IMPORT_SOURCE,
    consentVersion: CONSENT_VERSION,
    mailed: mail,
  };
}
