import { addressIdentity, type Frequency } from "@/lib/db";
import { parseCsv, restoreNeutralised } from "./csv-format";
import { parseSignup } from "./signup-schema";
import { FIELD } from "./signup-form";

// The columns of a subscriber list, in the order our export writes them.
export const CSV_COLUMNS = [
  "email",
  "topics",
  "frequency",
  "consent_at",
  "consent_source",
  "consent_version",
] as const;
const REQUIRED = ["email", "topics"] as const;
type Column = (typeof CSV_COLUMNS)[number];

export type CsvSubscriberRow = {
  line: number;
  email: string;
  topics: string[];
  frequency: Frequency;
  consent: { at: number; source: string | null; version: string | null } | null;
  pendingSource: string | null;
};
export type CsvRowError = { line: number; message: string };
export type CsvSubscriberList = {
  rows: CsvSubscriberRow[];
  errors: CsvRowError[];
  // Later rows with a mailbox an earlier row already has, in any letter case (kept: the first).
  duplicates: CsvRowError[];
  ignoredColumns: string[];
};

// ISO 8601: a date, or a date and time with a zone (a time without a zone means nothing).
const ISO_8601 = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2}))?$/;
const CONTROL = /[\u0000-\u001f\u007f]/;

// Gives the list's valid rows and, by line number, what is wrong with the others; every row
// passes the sign-up form's own schema (address rules, topic taxonomy). Throws on a header
// without the required columns: then nothing in the file can be read safely.
export function readSubscriberCsv(text: string, now: number): CsvSubscriberList {
  const records = parseCsv(text);
  const first = records.next();
  if (first.done) throw new Error("The file is empty: expected a header row email,topics,…");
  if ("error" in first.value) throw new Error(`line ${first.value.line}: ${first.value.error}`);
  const header = first.value.fields.map((h) => h.trim().toLowerCase());
  for (const column of REQUIRED) {
    if (!header.includes(column)) {
      throw new Error(`The header row has no "${column}" column (found: ${header.join(", ")})`);
    }
  }
  const duplicate = header.find((h, i) => header.indexOf(h) !== i);
  if (duplicate) throw new Error(`The header row names "${duplicate}" twice`);
  const at = new Map(header.map((h, i) => [h, i]));
  const list: CsvSubscriberList = {
    rows: [],
    errors: [],
    duplicates: [],
    ignoredColumns: header.filter((h) => !(CSV_COLUMNS as readonly string[]).includes(h)),
  };
  const seen = new Map<string, number>();
  for (const record of records) {
    if ("error" in record) {
      list.errors.push({ line: record.line, message: record.error });
      continue;
    }
    if (record.fields.length !== header.length) {
      list.errors.push({
        line: record.line,
        message: `expected ${header.length} fields, found ${record.fields.length}`,
      });
      continue;
    }
    const cell = (c: Column) => {
      const i = at.get(c);
      return i === undefined ? "" : restoreNeutralised(record.fields[i]!.trim());
    };
    const row = readRow(record.line, cell, now);
    if ("message" in row) {
      list.errors.push(row);
      continue;
    }
    const key = addressIdentity(row.email);
    if (seen.has(key)) {
      list.duplicates.push({ line: row.line, message: `same address as line ${seen.get(key)}` });
    } else {
      seen.set(key, row.line);
      list.rows.push(row);
    }
  }
  return list;
}

function readRow(
  line: number,
  cell: (c: Column) => string,
  now: number,
): CsvSubscriberRow | CsvRowError {
  const topics = cell("topics")
    .split(";")
    .map((t) => t.trim())
    .filter(Boolean);
  // An empty or missing frequency cell means daily, as for every reader before the choice.
  const signup = parseSignup({
    [FIELD.email]: cell("email"),
    [FIELD.topics]: topics,
    [FIELD.frequency]: cell("frequency") || undefined,
  });
  if (!signup.success) {
    const { email, topics: topicError, frequency } = signup.errors;
    return {
      line,
      message: [
        email && `email: ${email}`,
        topicError && `topics: ${topicError}`,
        frequency && `frequency: expected daily or weekly, got "${cell("frequency")}"`,
      ]
        .filter(Boolean)
        .join("; "),
    };
  }
  const source = cell("consent_source");
  const version = cell("consent_version");
  for (const [name, value, max] of [
    ["consent_source", source, 200],
    ["consent_version", version, 100],
  ] as const) {
    if (value.length > max) return { line, message: `${name}: longer than ${max} characters` };
    if (CONTROL.test(value)) return { line, message: `${name}: contains a control character` };
  }
  const when = cell("consent_at");
  let consent: CsvSubscriberRow["consent"] = null;
  if (when) {
    const ms = ISO_8601.test(when) ? Date.parse(when) : NaN;
    if (Number.isNaN(ms)) {
      return {
        line,
        message: `consent_at: "${when}" is not an ISO 8601 date (2026-11-28 or 2026-11-28T09:30:00Z)`,
      };
    }
    if (ms > now) return { line, message: `consent_at: ${when} is in the future` };
    consent = { at: ms, source: source || null, version: version || null };
  }
  return {
    line,
    email: signup.data.email,
    topics: signup.data.topics,
    frequency: signup.data.frequency,
    consent,
    pendingSource: consent ? null : source || null,
  };
}
