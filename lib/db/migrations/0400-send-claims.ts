import type { Migration } from "./types";

// Issue send claims by index range (issue 24): pending rows are found through the existing
// (issue_date, status, subscriber_id) index from a cursor, and the claims whose lease ran out
// through this one, which holds only rows being sent, in lease order.
const statements = [
  `CREATE INDEX issue_sends_leases ON issue_sends (issue_date, claimed_until) WHERE status = 'sending'`,
];

export const sendClaims: Migration = {
  id: "0400-send-claims",
  sqlite: statements,
  postgres: statements,
};
