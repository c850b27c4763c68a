// The database layer: one interface, two dialects. Application code imports from here only.
import "server-only";
export type { Db, Dialect, Queryable } from "./types";
export { openDatabase, dialectOf, type DatabaseOptions } from "./open";
export { migrate, type MigrateOptions } from "./migrate";
export { MIGRATIONS, type Migration } from "./migrations";
export * from "./subscribers";
export * from "./outbox";
export { createRateLimiter } from "./rate-limiter";
export { FREQUENCIES, type Frequency } from "./rows";
export * from "./issue-sends";
export * from "./issue-send-claims";
export * from "./subscriber-transfer";
export { addressIdentity } from "./address-identity";
export {
  recordErasedAddress,
  findErasedAddresses,
  findErasureTimes,
  erasureDigest,
} from "./erased-addresses";
export { eraseMailbox } from "./erasure";
export {
  appendErasure,
  describeJournal,
  readErasureJournal,
  type ErasureEntry,
  type ErasureJournal,
} from "./erasure-journal";
export { replayErasures, type ReplayResult } from "./erasure-replay";
export { backupDatabase, verifyBackup, type BackupSummary, type BackupCheck } from "./backup";
export { restoreBackup, RestoreRefused } from "./restore";
export * from "./suppressions";
export * from "./bounce-events";
export * from "./suppression-lifts";
export * from "./job-lease";
export * from "./list-health";
export * from "./list-events";
