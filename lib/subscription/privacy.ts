import {
  eraseSubscriber,
  findConsentOrigin,
  findSubscriberByEmail,
  purgeUnconfirmed,
  recordErasedAddress,
  type Db,
} from "@/lib/db";
import { normalizeEmail } from "./email-address";

export const UNCONFIRMED_RETENTION_MS = 30 * 24 * 60 * 60_000;

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

function storedForm(email: string): string {
  const check = normalizeEmail(email);
  return check.ok ? check.email : email.trim();
}

// Gives everything stored about an address, as a data subject access request answer, or null.
export async function exportSubscriber(db: Db, email: string) {
  const s = await findSubscriberByEmail(db, storedForm(email));
  if (!s) return null;
  const origin = await findConsentOrigin(db, s.email);
  return {
    email: s.email,
    status: s.status,
    topics: s.topics,
    consent: {
      givenAt: iso(s.consent.at),
      wordingVersion: s.consent.version,
      topicsChosen: s.consent.topics,
      confirmedAt: iso(s.consent.confirmedAt),
      source: origin?.source ?? "form",
      importedAt: iso(origin?.importedAt ?? null),
    },
    unsubscribedAt: iso(s.unsubscribedAt),
    lastMailAt: iso(s.lastMailAt),
    createdAt: iso(s.createdAt),
    updatedAt: iso(s.updatedAt),
  };
}

// Deletes an address and its queued mail; true when it was there. Its digest stays behind so
// that importing an old list later cannot subscribe the person again.
export async function eraseSubscriberData(db: Db, email: string, now: number = Date.now()) {
  await recordErasedAddress(db, storedForm(email), now);
  return eraseSubscriber(db, storedForm(email));
}

// Deletes sign-ups left unconfirmed for 30 days; gives how many.
export async function purgeStaleSignups(db: Db, now: number) {
  return purgeUnconfirmed(db, now - UNCONFIRMED_RETENTION_MS);
}
