import { keyAndMergeAddresses } from "./merge-duplicate-addresses";
import type { Migration } from "./types";

// One reader, one record (issue 19). `email_key` holds addressIdentity(email)
// (lib/db/address-identity.ts), computed in TypeScript so that SQL never has a second idea of
// what "the same mailbox" means; `email` keeps the address as typed, for sending. The data step
// fills the key, merges rows that are one mailbox (see merge-duplicate-addresses.ts), and only
// then makes the key unique. The lower(email) index of 0300 has served its purpose.
export const oneRecordPerMailbox: Migration = {
  id: "0500-address-identity",
  sqlite: [`ALTER TABLE subscribers ADD COLUMN email_key TEXT`],
  postgres: [`ALTER TABLE subscribers ADD COLUMN email_key TEXT`],
  data: async (tx) => {
    const report = await keyAndMergeAddresses(tx);
    await tx.run(`CREATE UNIQUE INDEX subscribers_mailbox ON subscribers (email_key)`);
    await tx.run(`DROP INDEX subscribers_email_lower`);
    // SQLite cannot add NOT NULL to an existing column; every insert of ours sets the key.
    if (tx.dialect === "postgres")
      await tx.run(`ALTER TABLE subscribers ALTER COLUMN email_key SET NOT NULL`);
    return report;
  },
};
