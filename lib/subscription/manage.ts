import {
  confirmSubscriber,
  findSubscriberById,
  liftSuppression,
  unsubscribeSubscriber,
  updateSubscriberSettings,
  type Frequency,
  type SubscriberStatus,
} from "@/lib/db";
import { isMainTopic, type MainTopic } from "@/lib/content/taxonomy";
import type { NewsletterDeps } from "./deps";
import { subscriberToken, verifySubscriberToken, type TokenPurpose } from "./tokens";
import { queueWelcome } from "./welcome";

export type TokenFailure = { kind: "invalid" | "expired" | "gone" };
export type ManageView = {
  kind: "ok";
  email: string;
  status: SubscriberStatus;
  topics: MainTopic[];
  frequency: Frequency;
};

const failure = (kind: TokenFailure["kind"]): TokenFailure => ({ kind });

async function subscriberFor(token: string, purpose: TokenPurpose, deps: NewsletterDeps) {
  const check = verifySubscriberToken(deps.tokenSecret, token, purpose, deps.clock());
  if (!check.ok) return failure(check.reason);
  const subscriber = await findSubscriberById(deps.db, check.id);
  return subscriber ?? failure("gone");
}

// Confirms the subscription a confirmation token names (again: harmless, and no second
// welcome); gives a manage token. The confirmation and its welcome mail commit together.
export async function confirmSubscription(token: string, deps: NewsletterDeps) {
  const subscriber = await subscriberFor(token, "confirm", deps);
  if ("kind" in subscriber) return subscriber;
  if (subscriber.status === "unsubscribed") return failure("gone");
  const now = deps.clock();
  const confirmed = await deps.db.transaction(async (tx) => {
    if (!(await confirmSubscriber(tx, subscriber.id, now))) return false;
    await queueWelcome(tx, deps, subscriber, now);
    return true;
  });
  if (confirmed) {
    // The confirmation arrived, so the address works again: issues resume (a hard bounce stays).
    await liftSuppression(deps.db, subscriber.email);
    deps.log.info(`subscriber #${subscriber.id} confirmed`);
    deps.onMailQueued?.();
  }
  return {
    kind: "confirmed" as const,
    manageToken: subscriberToken(deps.tokenSecret, "manage", subscriber.id, deps.clock()),
  };
}

// Gives what the manage page shows: the address, its status and its topics.
export async function loadManageView(
  token: string,
  deps: NewsletterDeps,
): Promise<ManageView | TokenFailure> {
  const subscriber = await subscriberFor(token, "manage", deps);
  if ("kind" in subscriber) return subscriber;
  return {
    kind: "ok",
    email: subscriber.email,
    status: subscriber.status,
    topics: subscriber.topics.filter(isMainTopic),
    frequency: subscriber.frequency,
  };
}

// Replaces a confirmed subscriber's topics and rhythm; the next send follows them.
export async function changeSettings(
  token: string,
  settings: { topics: MainTopic[]; frequency?: Frequency },
  deps: NewsletterDeps,
) {
  const subscriber = await subscriberFor(token, "manage", deps);
  if ("kind" in subscriber) return subscriber;
  const saved = await updateSubscriberSettings(deps.db, subscriber.id, settings, deps.clock());
  return saved ? ({ kind: "saved" } as const) : failure("gone");
}

// Unsubscribes with a manage token (the page) or an unsubscribe token (RFC 8058 one-click).
export async function unsubscribe(
  token: string,
  purpose: "manage" | "unsubscribe",
  deps: NewsletterDeps,
) {
  const subscriber = await subscriberFor(token, purpose, deps);
  if ("kind" in subscriber) return subscriber;
  await unsubscribeSubscriber(deps.db, subscriber.id, deps.clock());
  deps.log.info(`subscriber #${subscriber.id} unsubscribed`);
  return { kind: "unsubscribed" } as const;
}
