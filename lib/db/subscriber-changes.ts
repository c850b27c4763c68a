import { randomInt } from "node:crypto";
import { addressIdentity } from "./address-identity";
import { insertedId, parseRow, type Frequency } from "./rows";
import { inTransaction, recordListEvent } from "./list-events";
import type { Db, Queryable } from "./types";

// State changes of a subscriber: sign-up, confirmation, topics, leaving, erasure.

// Gives a token version for a consent that starts now (migrations/0510-consent-version.ts).
// Random rather than counted: after a restore an id can be handed out again, and a counter
// would start from the same 1 that an erased reader's old links carry. Never 0, which stands
// for "before versions existed".
export const newTokenVersion = () => randomInt(1, 2 ** 31 - 1);

// topics, frequency, consent_at, consent_version, consent_topics: the choice a sign-up records.
const consentValues = (s: SignupRecord) => [
  s.topics.join(),
  s.frequency ?? "daily",
  s.now,
  s.consentVersion,
  s.topics.join(),
];

export type SignupRecord = {
  email: string;
  topics: readonly string[];
  // The rhythm chosen; daily when the source has none (older lists, tests).
  frequency?: Frequency;
  consentVersion: string;
  now: number;
};

// Gives the new subscriber's id, or null when the mailbox (in any letter case) has a row.
// `tokenVersion`: the version its confirmation link will carry (drawn here when not given).
export async function insertPendingSubscriber(
  q: Queryable,
  s: SignupRecord & { tokenVersion?: number },
) {
  return inTransaction(q, async (tx) => {
    const row = await tx.get(
      `INSERT INTO subscribers (email, email_key, status, topics, frequency, consent_at,
         consent_version, consent_topics, last_mail_at, created_at, updated_at, token_version)
       VALUES (?, ?, 'pending', ?, ?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (email_key) DO NOTHING RETURNING id`,
      [
        s.email,
        addressIdentity(s.email),
        ...consentValues(s),
        s.now,
        s.now,
        s.now,
        s.tokenVersion ?? newTokenVersion(),
      ],
    );
    if (!row) return null;
    await recordListEvent(tx, "signup", s.now);
    return parseRow(insertedId, row).id;
  });
}

// Restarts a pending or unsubscribed sign-up with the new choice, unless a mail went out after
// `mailedBefore`; gives the new token version when it did (the caller then sends exactly one
// confirmation, carrying it), or null. Links mailed for the earlier consent stop working.
export async function renewPendingSubscriber(
  q: Queryable,
  s: SignupRecord & { id: number; mailedBefore: number },
) {
  const version = newTokenVersion();
  return inTransaction(q, async (tx) => {
    // A reader coming back is a sign-up; a pending one asking again is the same sign-up.
    const was = await tx.get(`SELECT status FROM subscribers WHERE id = ?`, [s.id]);
    const changed = await tx.run(
      `UPDATE subscribers SET status = 'pending', topics = ?, frequency = ?, consent_at = ?,
         consent_version = ?, consent_topics = ?, confirmed_at = NULL, last_mail_at = ?, updated_at = ?,
         token_version = ?
       WHERE id = ? AND status IN ('pending', 'unsubscribed')
         AND (last_mail_at IS NULL OR last_mail_at <= ?)`,
      [...consentValues(s), s.now, s.now, version, s.id, s.mailedBefore],
    );
    if (changed !== 1) return null;
    if (was?.status === "unsubscribed") await recordListEvent(tx, "signup", s.now);
    return version;
  });
}

// Takes the right to mail a subscriber unless a mail went out after `mailedBefore`; true when taken.
export async function claimMailSlot(q: Queryable, id: number, now: number, mailedBefore: number) {
  const changed = await q.run(
    `UPDATE subscribers SET last_mail_at = ?
     WHERE id = ? AND (last_mail_at IS NULL OR last_mail_at <= ?)`,
    [now, id, mailedBefore],
  );
  return changed === 1;
}

// Confirms a pending subscription; true when it changed.
export async function confirmSubscriber(q: Queryable, id: number, now: number) {
  return inTransaction(q, async (tx) => {
    const changed = await tx.run(
      `UPDATE subscribers SET status = 'confirmed', confirmed_at = ?, updated_at = ?
       WHERE id = ? AND status = 'pending'`,
      [now, now, id],
    );
    if (changed === 1) await recordListEvent(tx, "confirm", now);
    return changed === 1;
  });
}

// Replaces a confirmed subscriber's topics and rhythm (kept when not given); true when the
// subscriber was confirmed.
export async function updateSubscriberSettings(
  q: Queryable,
  id: number,
  settings: { topics: readonly string[]; frequency?: Frequency },
  now: number,
) {
  const changed = await q.run(
    `UPDATE subscribers SET topics = ?, frequency = COALESCE(?, frequency), updated_at = ?
     WHERE id = ? AND status = 'confirmed'`,
    [settings.topics.join(), settings.frequency ?? null, now, id],
  );
  return changed === 1;
}

// Marks the subscriber unsubscribed, which ends the consent their confirm and manage links
// were issued for; true when it changed. `why`: the reader's own unsubscribe, or a complaint
// (they reported the letter as spam); a confirmed reader's leaving is a list event of that kind.
export async function unsubscribeSubscriber(
  q: Queryable,
  id: number,
  now: number,
  why: "unsubscribe" | "complaint" = "unsubscribe",
) {
  const set = `UPDATE subscribers SET status = 'unsubscribed', unsubscribed_at = ?, updated_at = ?,
       token_version = ? WHERE id = ?`;
  return inTransaction(q, async (tx) => {
    const params = [now, now, newTokenVersion(), id];
    if ((await tx.run(`${set} AND status = 'confirmed'`, params)) === 1) {
      await recordListEvent(tx, why, now);
      return true;
    }
    return (await tx.run(`${set} AND status = 'pending'`, params)) === 1;
  });
}

// Deletes pending sign-ups whose last sign-up is older than `before`; gives how many.
export async function purgeUnconfirmed(db: Db, before: number) {
  return db.transaction(async (tx) => {
    const where = `status = 'pending' AND consent_at < ?`;
    await tx.run(
      `DELETE FROM outbox WHERE recipient IN (SELECT email FROM subscribers WHERE ${where})`,
      [before],
    );
    return tx.run(`DELETE FROM subscribers WHERE ${where}`, [before]);
  });
}
