import { subscribers } from "./0001-subscribers";
import { sendLog } from "./0100-send-log";
import { deliverability } from "./0200-deliverability";
import { consentSource } from "./0300-consent-source";
import { sendClaims } from "./0400-send-claims";
import { liftSendRefusalsMigration } from "./0410-lift-send-refusals";
import { oneRecordPerMailbox } from "./0500-address-identity";
import { consentVersion } from "./0510-consent-version";
import { frequency } from "./0600-frequency";
import { listEvents } from "./0700-list-events";
import type { Migration } from "./types";

export type { Migration } from "./types";

// Every migration of the application; add new ones here with an id that sorts after the last.
export const MIGRATIONS: readonly Migration[] = [
  subscribers,
  sendLog,
  deliverability,
  consentSource,
  sendClaims,
  liftSendRefusalsMigration,
  oneRecordPerMailbox,
  consentVersion,
  frequency,
  listEvents,
];
