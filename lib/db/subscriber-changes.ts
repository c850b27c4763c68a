import { insertedId, parseRow, type Frequency } from "./rows";
import type { Db, Queryable } from "./types";

// State changes of a subscriber: sign-up, confirmation, topics, leaving, erasure.

export type SignupRecord = {
  email: string;
  topics: readonly string[];
  // The rhythm chosen; daily when the source has none (older lists, tests).
  frequency?: Frequency;
  consentVersion: string;
  now: number;
};

// Gives the new subscriber's id, or null when the address already has a row.
export async function insertPendingSubscriber(q: Queryable, s: SignupRecord) {
  const row = await q.get(
    `INSERT INTO subscribers (email, status, topics, frequency, consent_at, consent_version,
       consent_topics, last_mail_at, created_at, updated_at)
     VALUES (?, 'pending', ?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (email) DO NOTHING RETURNING id`,
    [
      s.email,
      s.topics.join(),
      s.frequency ?? "daily",
      s.now,
      s.consentVersion,
      s.topics.join(),
      s.now,
      s.now,
      s.now,
    ],
  );
  return row ? parseRow(insertedId, row).id : null;
}

// Restarts a pending or unsubscribed sign-up with the new choice, unless a mail went out after
// `mailedBefore`; true when it did (the caller then sends exactly one confirmation).
export async function renewPendingSubscriber(
  q: Queryable,
  s: SignupRecord & { id: number; mailedBefore: number },
) {
  const changed = await q.run(
    `UPDATE subscribers SET status = 'pending', topics = ?, frequency = ?, consent_at = ?,
       consent_version = ?, consent_topics = ?, confirmed_at = NULL, last_mail_at = ?, updated_at = ?
     WHERE id = ? AND status IN ('pending', 'unsubscribed')
       AND (last_mail_at IS NULL OR last_mail_at <= ?)`,
    [
      s.topics.join(),
      s.frequency ?? "daily",
      s.now,
      s.consentVersion,
      s.topics.join(),
      s.now,
      s.now,
      s.id,
      s.mailedBefore,
    ],
  );
  return changed === 1;
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
  const changed = await q.run(
    `UPDATE subscribers SET status = 'confirmed', confirmed_at = ?, updated_at = ?
     WHERE id = ? AND status = 'pending'`,
    [now, now, id],
  );
  return changed === 1;
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

// Marks the subscriber unsubscribed; true when it changed.
export async function unsubscribeSubscriber(q: Queryable, id: number, now: number) {
  const changed = await q.run(
    `UPDATE subscribers SET status = 'unsubscribed', unsubscribed_at = ?, updated_at = ?
     WHERE id = ? AND status <> 'unsubscribed'`,
    [now, now, id],
  );
  return changed === 1;
}

// Deletes the subscriber and any mail still queued to them; true when there was a row.
// SQLite: secure_delete zeroes the freed pages, and the checkpoint moves that into the main
// file and empties the WAL, which would otherwise still hold the old pages.
export async function eraseSubscriber(db: Db, email: string) {
  const erased = await db.transaction(async (tx) => {
    await tx.run(`DELETE FROM outbox WHERE recipient = ?`, [email]);
    return (await tx.run(`DELETE FROM subscribers WHERE email = ?`, [email])) === 1;
  });
  if (db.dialect === "sqlite") await db.all(`PRAGMA wal_checkpoint(TRUNCATE)`);
  return erased;
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
