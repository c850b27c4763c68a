import type { Migration } from "./types";

// Tokens bind to the consent they were issued for (issue 23). token_version is drawn anew
// (lib/db/subscriber-changes.ts) at every sign-up that restarts the consent, every unsubscribe,
// and for every new row; confirm and manage tokens carry it and are refused once it changed.
// Rows from before get 0, which is what a link mailed before this migration (no version in
// it) stands for: such links keep working until the subscription next changes.
const column = `ALTER TABLE subscribers ADD COLUMN token_version INTEGER NOT NULL DEFAULT 0`;

export const consentVersion: Migration = {
  id: "0510-consent-version",
  sqlite: [column],
  postgres: [column],
};
