import {
  appendErasure,
  eraseMailbox,
  erasureDigest,
  findConsentOrigin,
  findSubscriberByEmail,
  findSuppression,
  listBounceEvents,
  listSuppressionLifts,
  purgeBounceEvents,
  purgeUnconfirmed,
  type Db,
} from "@/lib/db";
import { normalizeEmail } from "./email-address";

export const UNCONFIRMED_RETENTION_MS = 30 * 24 * 60 * 60_000;
// Bounce and complaint events: long enough for the 30-day rates and the soft-bounce rule.
export const BOUNCE_EVENT_RETENTION_MS = 90 * 24 * 60 * 60_000;

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

function storedForm(email: string): string {
  const check = normalizeEmail(email);
  return check.ok ? check.email : email.trim();
}

// Gives everything stored about an address, as a data subject access request answer, or null.
export async function exportSubscriber(db: Db, email: string, now = Date.now()) {
  const address = storedForm(email);
  const s = await findSubscriberByEmail(db, address);
  const events = await listBounceEvents(db, address);
  const suppression = await findSuppression(db, address, now);
  const lifts = await listSuppressionLifts(db, address);
  if (!s && events.length === 0 && !suppression && lifts.length === 0) return null;
  const deliverability = {
    suppression: suppression && {
      reason: suppression.reason,
      since: iso(suppression.since),
      until: iso(suppression.until),
      statusCode: suppression.statusCode,
    },
    bounceEvents: events.map((e) => ({ ...e, at: iso(e.at) })),
    suppressionLifts: lifts.map((l) => ({ ...l, at: iso(l.at) })),
  };
  if (!s) return { email: address, deliverability };
  const origin = await findConsentOrigin(db, s.email);
  return {
    email: s.email,
    status: s.status,
    topics: s.topics,
    frequency: s.frequency,
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
    deliverability,
  };
}

// Deletes everything kept about a mailbox (any letter case): the subscriber, queued mail,
// bounce events and suppression; true when there was anything. Its digest stays behind, in the
// database (an import of an old list cannot subscribe the person again) and first in the
// erasure journal outside it (a restore of an older backup erases them again). The journal
// entry is written even when nothing is found now: an older backup may still hold the person.
export async function eraseSubscriberData(
  db: Db,
  email: string,
  options: { journal: string; now?: number },
) {
  const now = options.now ?? Date.now();
  appendErasure(options.journal, { at: now, digest: erasureDigest(email) });
  return eraseMailbox(db, email, now);
}

// Deletes sign-ups left unconfirmed for 30 days; gives how many.
export async function purgeStaleSignups(db: Db, now: number) {
  return purgeUnconfirmed(db, now - UNCONFIRMED_RETENTION_MS);
}

// Deletes bounce and complaint events older than 90 days; gives how many.
export async function purgeOldBounceEvents(db: Db, now: number) {
  return purgeBounceEvents(db, now - BOUNCE_EVENT_RETENTION_MS);
}
