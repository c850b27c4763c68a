import {
  confirmSubscriber,
  findSubscriberByEmail,
  findSubscriberById,
  findSuppression,
  liftSuppression,
  unsubscribeSubscriber,
  updateSubscriberSettings,
  type Frequency,
  type Queryable,
  type Subscriber,
  type SubscriberStatus,
} from "@/lib/db";
import { isMainTopic, type MainTopic } from "@/lib/content/taxonomy";
import type { NewsletterDeps } from "./deps";
import { subscriberToken, verifySubscriberToken, type TokenPurpose } from "./tokens";
import { queueWelcome } from "./welcome";

// superseded: the link was issued for a consent that has since ended or been replaced (an
// unsubscribe, a new sign-up): it must not act on the new one.
export type TokenFailure = { kind: "invalid" | "expired" | "gone" | "superseded" };
export type ManageView = {
  kind: "ok";
  email: string;
  status: SubscriberStatus;
  topics: MainTopic[];
  frequency: Frequency;
  // Issues are held back after soft bounces until the reader says the address works.
  paused: boolean;
};

const failure = (kind: TokenFailure["kind"]): TokenFailure => ({ kind });

// Gives the subscriber a token names, or why not. Confirm and manage tokens bind to the consent
// they were issued under (`bound`); the one-click unsubscribe token does not (docs/architecture.md).
async function subscriberFor(
  q: Queryable,
  token: string,
  purpose: TokenPurpose,
  deps: NewsletterDeps,
): Promise<Subscriber | TokenFailure> {
  const check = verifySubscriberToken(deps.tokenSecret, token, purpose, deps.clock());
  if (!check.ok) return failure(check.reason);
  const subscriber = await findSubscriberById(q, check.id);
  if (!subscriber) return failure("gone");
  const bound = purpose !== "unsubscribe";
  return bound && subscriber.tokenVersion !== check.version ? failure("superseded") : subscriber;
}

// Confirms the subscription a confirmation token names, in one transaction with its welcome
// mail; gives a manage token. Confirming again is harmless and changes nothing (no second
// welcome): only a confirmation that turned a pending sign-up into a subscription shows that
// the address works and lifts a soft-bounce or complaint suppression (a hard bounce stays).
export async function confirmSubscription(token: string, deps: NewsletterDeps) {
  const now = deps.clock();
  const outcome = await deps.db.transaction(async (tx) => {
    const subscriber = await subscriberFor(tx, token, "confirm", deps);
    if ("kind" in subscriber) return subscriber;
    if (subscriber.status === "unsubscribed") return failure("gone");
    const changed = await confirmSubscriber(tx, subscriber.id, now);
    if (changed) {
      await liftSuppression(tx, subscriber.email);
      await queueWelcome(tx, deps, subscriber, now);
    }
    return { subscriber, changed };
  });
  if ("kind" in outcome) return outcome;
  if (outcome.changed) {
    deps.log.info(`subscriber #${outcome.subscriber.id} confirmed`);
    deps.onMailQueued?.();
  }
  return {
    kind: "confirmed" as const,
    manageToken: subscriberToken(deps.tokenSecret, "manage", outcome.subscriber, now),
  };
}

// Gives whether the confirmation page should offer its button: a link that is tampered with,
// expired, gone or superseded gets the "link does not work" page instead of a button that fails.
export async function checkConfirmLink(token: string, deps: NewsletterDeps) {
  const subscriber = await subscriberFor(deps.db, token, "confirm", deps);
  if ("kind" in subscriber) return subscriber;
  return subscriber.status === "unsubscribed" ? failure("gone") : ({ kind: "ok" } as const);
}

// Gives what the manage page shows: the address, its status, its topics, whether issues wait.
export async function loadManageView(
  token: string,
  deps: NewsletterDeps,
): Promise<ManageView | TokenFailure> {
  const subscriber = await subscriberFor(deps.db, token, "manage", deps);
  if ("kind" in subscriber) return subscriber;
  const suppression = await findSuppression(deps.db, subscriber.email, deps.clock());
  return {
    kind: "ok",
    email: subscriber.email,
    status: subscriber.status,
    topics: subscriber.topics.filter(isMainTopic),
    frequency: subscriber.frequency,
    paused: subscriber.status === "confirmed" && suppression?.reason === "soft-bounce",
  };
}

// Replaces a confirmed subscriber's topics and rhythm (kept when not given); the next send
// follows them.
export async function changeSettings(
  token: string,
  settings: { topics: MainTopic[]; frequency?: Frequency },
  deps: NewsletterDeps,
) {
  const subscriber = await subscriberFor(deps.db, token, "manage", deps);
  if ("kind" in subscriber) return subscriber;
  const saved = await updateSubscriberSettings(deps.db, subscriber.id, settings, deps.clock());
  return saved ? ({ kind: "saved" } as const) : failure("gone");
}

// The reader, from their manage page (reached from a mail, so the mailbox works), asks for
// issues again after soft bounces held them back: the one way a soft suppression is lifted
// without a new sign-up. A hard bounce stays.
export async function resumeDelivery(token: string, deps: NewsletterDeps) {
  const subscriber = await subscriberFor(deps.db, token, "manage", deps);
  if ("kind" in subscriber) return subscriber;
  if (subscriber.status !== "confirmed") return failure("gone");
  if (await liftSuppression(deps.db, subscriber.email))
    deps.log.info(`subscriber #${subscriber.id} says the address works: issues resume`);
  return { kind: "resumed" } as const;
}

// Unsubscribes with a manage token (the page) or an unsubscribe token (RFC 8058 one-click,
// which stays good across a later sign-up: leaving is always what its click asks for).
export async function unsubscribe(
  token: string,
  purpose: "manage" | "unsubscribe",
  deps: NewsletterDeps,
) {
  const subscriber = await subscriberFor(deps.db, token, purpose, deps);
  if ("kind" in subscriber) return subscriber;
  await unsubscribeSubscriber(deps.db, subscriber.id, deps.clock());
  deps.log.info(`subscriber #${subscriber.id} unsubscribed`);
  return { kind: "unsubscribed" } as const;
}

// Unsubscribes an address on the operator's word (a request by mail or phone, or redoing the
// unsubscribes a restore of an older backup brought back), in any letter case: gives what it
// found. The same change as the reader's own click: consent ended, old links stop working.
export async function unsubscribeByHand(db: Queryable, email: string, now: number) {
  const subscriber = await findSubscriberByEmail(db, email);
  if (!subscriber) return { kind: "none" } as const;
  if (subscriber.status === "unsubscribed") return { kind: "already" } as const;
  await unsubscribeSubscriber(db, subscriber.id, now);
  return { kind: "unsubscribed", was: subscriber.status } as const;
}

// Gives what the one-click link's page shows before its button is pressed: the address, its
// status, and a manage token for "change topics instead" when the link still belongs to the
// current, confirmed subscription (an older link may unsubscribe, but opens nothing else).
export async function loadUnsubscribeView(token: string, deps: NewsletterDeps) {
  const check = verifySubscriberToken(deps.tokenSecret, token, "unsubscribe", deps.clock());
  const subscriber = await subscriberFor(deps.db, token, "unsubscribe", deps);
  if ("kind" in subscriber || !check.ok) return null;
  const current = subscriber.tokenVersion === check.version && subscriber.status === "confirmed";
  return {
    email: subscriber.email,
    status: subscriber.status,
    manageToken: current
      ? subscriberToken(deps.tokenSecret, "manage", subscriber, deps.clock())
      : null,
  };
}
