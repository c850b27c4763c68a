import { z } from "zod";
import { addressIdentity } from "./address-identity";
import { frequencyColumn, idColumn, parseRow, topicsColumn, type Frequency } from "./rows";
import type { Queryable, Row } from "./types";

export type SubscriberStatus = Subscriber["status"];

export type Subscriber = {
  id: number;
  email: string;
  status: "pending" | "confirmed" | "unsubscribed";
  // Known topic slugs, in stored order (lib/db/rows.ts).
  topics: string[];
  frequency: Frequency;
  consent: { at: number; version: string; topics: string[]; confirmedAt: number | null };
  unsubscribedAt: number | null;
  lastMailAt: number | null;
  createdAt: number;
  updatedAt: number;
  // Changes whenever the consent does (sign-up, unsubscribe); confirm and manage links carry it.
  tokenVersion: number;
};

const subscriberRow = z
  .object({
    id: idColumn,
    email: z.string(),
    status: z.enum(["pending", "confirmed", "unsubscribed"]),
    topics: topicsColumn,
    frequency: frequencyColumn,
    consent_at: z.number(),
    consent_version: z.string(),
    consent_topics: topicsColumn,
    confirmed_at: z.number().nullable(),
    unsubscribed_at: z.number().nullable(),
    last_mail_at: z.number().nullable(),
    created_at: z.number(),
    updated_at: z.number(),
    token_version: z.number().int(),
  })
  .transform((row): Subscriber => ({
    id: row.id,
    email: row.email,
    status: row.status,
    topics: row.topics,
    frequency: row.frequency,
    consent: {
      at: row.consent_at,
      version: row.consent_version,
      topics: row.consent_topics,
      confirmedAt: row.confirmed_at,
    },
    unsubscribedAt: row.unsubscribed_at,
    lastMailAt: row.last_mail_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    tokenVersion: row.token_version,
  }));

const toSubscriber = (row: Row) => parseRow(subscriberRow, row);

// Gives the subscriber whose mailbox this address is, in any letter case, or undefined.
export async function findSubscriberByEmail(q: Queryable, email: string) {
  const row = await q.get(`SELECT * FROM subscribers WHERE email_key = ?`, [
    addressIdentity(email),
  ]);
  return row && toSubscriber(row);
}

// Gives the subscriber with this id, or undefined.
export async function findSubscriberById(q: Queryable, id: number) {
  const row = await q.get(`SELECT * FROM subscribers WHERE id = ?`, [id]);
  return row && toSubscriber(row);
}

// Gives one page of confirmed subscribers with id greater than `afterId`, in id order.
export async function listConfirmedSubscribers(q: Queryable, afterId = 0, limit = 500) {
  const rows = await q.all(
    `SELECT * FROM subscribers WHERE status = 'confirmed' AND id > ? ORDER BY id LIMIT ?`,
    [afterId, limit],
  );
  return rows.map(toSubscriber);
}

// Yields every confirmed subscriber, a page at a time, so memory stays flat at any list size.
export async function* streamConfirmedSubscribers(q: Queryable, pageSize = 500) {
  let afterId = 0;
  for (;;) {
    const page = await listConfirmedSubscribers(q, afterId, pageSize);
    yield* page;
    const last = page.at(-1);
    if (!last || page.length < pageSize) return;
    afterId = last.id;
  }
}

// The state changes live next door; re-exported so that importing either file gives the lot.
export * from "./subscriber-changes";
