// The database layer: one interface, two dialects. Application code imports from here only.
import "server-only";
export type { Db, Dialect, Queryable } from "./types";
export { openDatabase, dialectOf, type DatabaseOptions } from "./open";
export { migrate, type MigrateOptions } from "./migrate";
export { MIGRATIONS, type Migration } from "./migrations";
export * from "./subscribers";
export * from "./outbox";
export { createRateLimiter } from "./rate-limiter";
export * from "./issue-sends";
export * from "./issue-send-claims";
export * from "./subscriber-transfer";
export { recordErasedAddress, findErasedAddresses } from "./erased-addresses";
export {
  backupDatabase,
  restoreBackup,
  verifyBackup,
  RestoreRefused,
  type BackupSummary,
  type BackupCheck,
} from "./backup";
export * from "./suppressions";
export * from "./bounce-events";
export * from "./suppression-lifts";
export * from "./job-lease";
export * from "./list-health";
