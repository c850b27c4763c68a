import type { Queryable } from "./types";

export type SubscriberStatus = "pending" | "confirmed" | "unsubscribed";

export type Subscriber = {
  id: number;
  email: string;
  status: SubscriberStatus;
  topics: string[];
  consent: { at: number; version: string; topics: string[]; confirmedAt: number | null };
  unsubscribedAt: number | null;
  lastMailAt: number | null;
  createdAt: number;
  updatedAt: number;
};

type SubscriberRow = {
  id: number;
  email: string;
  status: SubscriberStatus;
  topics: string;
  consent_at: number;
  consent_version: string;
  consent_topics: string;
  confirmed_at: number | null;
  unsubscribed_at: number | null;
  last_mail_at: number | null;
  created_at: number;
  updated_at: number;
};

const splitTopics = (value: string) => (value ? value.split(",") : []);

function toSubscriber(row: SubscriberRow): Subscriber {
  return {
    id: Number(row.id),
    email: row.email,
    status: row.status,
    topics: splitTopics(row.topics),
    consent: {
      at: row.consent_at,
      version: row.consent_version,
      topics: splitTopics(row.consent_topics),
      confirmedAt: row.confirmed_at,
    },
    unsubscribedAt: row.unsubscribed_at,
    lastMailAt: row.last_mail_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

// Gives the subscriber with this address, or undefined.
export async function findSubscriberByEmail(q: Queryable, email: string) {
  const row = await q.get<SubscriberRow>(`SELECT * FROM subscribers WHERE email = ?`, [email]);
  return row && toSubscriber(row);
}

// Gives the subscriber with this id, or undefined.
export async function findSubscriberById(q: Queryable, id: number) {
  const row = await q.get<SubscriberRow>(`SELECT * FROM subscribers WHERE id = ?`, [id]);
  return row && toSubscriber(row);
}

// Gives one page of confirmed subscribers with id greater than `afterId`, in id order.
export async function listConfirmedSubscribers(q: Queryable, afterId = 0, limit = 500) {
  const rows = await q.all<SubscriberRow>(
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
    if (page.length < pageSize) return;
    afterId = page[page.length - 1]!.id;
  }
}
