import type { Migration } from "./types";

// Where a consent came from: "form" for the site's own sign-up form (every row before this
// migration), or what an imported list said (see lib/subscription/csv-import.ts); imported_at
// marks a row that came in from a CSV file. An erased address leaves only its SHA-256 behind,
// so that a later import of an old list cannot bring the person back (GDPR art. 17 + 21); the
// lower(email) index serves the import's case-blind "is this person known" look-up.
export const consentSource: Migration = {
  id: "0300-consent-source",
  sqlite: [
    `ALTER TABLE subscribers ADD COLUMN consent_source TEXT NOT NULL DEFAULT 'form'`,
    `ALTER TABLE subscribers ADD COLUMN imported_at INTEGER`,
    `CREATE TABLE erased_addresses (email_sha256 TEXT PRIMARY KEY, erased_at INTEGER NOT NULL)`,
    `CREATE INDEX subscribers_email_lower ON subscribers (lower(email))`,
  ],
  postgres: [
    `ALTER TABLE subscribers ADD COLUMN consent_source TEXT NOT NULL DEFAULT 'form'`,
    `ALTER TABLE subscribers ADD COLUMN imported_at BIGINT`,
    `CREATE TABLE erased_addresses (email_sha256 TEXT PRIMARY KEY, erased_at BIGINT NOT NULL)`,
    `CREATE INDEX subscribers_email_lower ON subscribers (lower(email))`,
  ],
};
