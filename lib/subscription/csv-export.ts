import { streamConfirmedWithConsent, type Queryable } from "@/lib/db";
import { formatCsvRow } from "./csv-format";
import { CSV_COLUMNS } from "./csv-rows";

// Yields the confirmed subscribers as CSV lines (header first, RFC 4180, CRLF), with their
// consent and never a token; cells a spreadsheet would run as a formula are neutralised.
export async function* exportSubscriberCsv(q: Queryable): AsyncGenerator<string> {
  yield formatCsvRow(CSV_COLUMNS);
  for await (const s of streamConfirmedWithConsent(q)) {
    yield formatCsvRow([
      s.email,
      s.topics.join(";"),
      s.frequency,
      new Date(s.consentAt).toISOString(),
      s.consentSource,
      s.consentVersion,
    ]);
  }
}
