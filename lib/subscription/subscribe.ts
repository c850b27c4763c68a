import {
  claimMailSlot,
  enqueueMail,
  findSubscriberByEmail,
  findSuppression,
  insertPendingSubscriber,
  newTokenVersion,
  renewPendingSubscriber,
  type Queryable,
  type Subscriber,
} from "@/lib/db";
import { findTopic } from "@/lib/content/taxonomy";
import { buildAlreadySubscribedMail, buildConfirmationMail, type MailMessage } from "@/lib/mail";
import { maskEmail } from "@/lib/log";
import type { NewsletterDeps } from "./deps";
import { confirmUrl, manageUrl, type LinkDeps } from "./links";
import { CONSENT_VERSION } from "./signup-form";
import type { SignupInput } from "./signup-schema";
import type { TokenSubject } from "./tokens";

const MINUTE = 60_000;
export const CONFIRMATION_RESEND_GAP_MS = 10 * MINUTE;
export const ALREADY_SUBSCRIBED_GAP_MS = 24 * 60 * MINUTE;

export type SubscribeResult = { kind: "accepted"; mailed: boolean };

// Gives the Finnish labels of stored topics, in stored order.
export const topicLabels = (topics: readonly string[]) =>
  topics.flatMap((t) => findTopic(t)?.label ?? []);

// Queues a mail to subscriber `subscriberId` in the caller's transaction; the id goes with it
// so that a bounce of it can be traced back (VERP).
export async function queueSubscriberMail(
  tx: Queryable,
  message: MailMessage,
  now: number,
  subscriberId: number,
) {
  await enqueueMail(tx, message.to, JSON.stringify({ ...message, subscriberId }), now);
}

// Queues the mail whose link confirms subscriber `to` (a new sign-up, a pending one again, or
// an imported one): the one place a confirmation mail is queued, with the subscriber's id so
// that a bounce of it can be traced back.
export async function queueConfirmation(
  tx: Queryable,
  deps: Pick<NewsletterDeps, "siteName"> & LinkDeps,
  to: TokenSubject,
  signup: { email: string; topics: readonly string[] },
  now: number,
) {
  const mail = buildConfirmationMail({
    to: signup.email,
    siteName: deps.siteName,
    topicLabels: topicLabels(signup.topics),
    confirmUrl: confirmUrl(deps, to),
  });
  await queueSubscriberMail(tx, mail, now, to.id);
}

// Mails a confirmed reader who signed up again where to manage the subscription, at most once
// a day; true when queued. `paused`: soft bounces hold their issues back, and the mail says how
// to resume them (the manage page's "the address works" button).
async function queueAlreadySubscribed(
  tx: Queryable,
  deps: NewsletterDeps,
  existing: Subscriber,
  paused: boolean,
  now: number,
) {
  if (!(await claimMailSlot(tx, existing.id, now, now - ALREADY_SUBSCRIBED_GAP_MS))) return false;
  const mail = buildAlreadySubscribedMail({
    to: existing.email,
    siteName: deps.siteName,
    topicLabels: topicLabels(existing.topics),
    manageUrl: manageUrl(deps, existing),
    paused,
  });
  await queueSubscriberMail(tx, mail, now, existing.id);
  return true;
}

// Records a sign-up and queues at most one mail, in one transaction. Every outcome looks the
// same to the caller (new, pending, confirmed, suppressed, honeypot), so the form reveals
// nobody's address. The mailbox is the record (addressIdentity): a sign-up in another letter
// case meets the same row, and mail goes to the address on record. A confirmed reader stays
// confirmed whatever is typed into the form: nothing here demotes or lifts anything.
export async function subscribe(
  input: SignupInput,
  deps: NewsletterDeps,
): Promise<SubscribeResult> {
  if (input.kotisivu) {
    deps.log.info("sign-up with a filled honeypot ignored");
    return { kind: "accepted", mailed: false };
  }
  const now = deps.clock();
  const record = {
    email: input.email,
    topics: input.topics,
    frequency: input.frequency,
    consentVersion: CONSENT_VERSION,
    now,
  };
  const mailed = await deps.db.transaction(async (tx) => {
    const suppression = await findSuppression(tx, input.email, now);
    // The mailbox does not exist: not even a confirmation (the answer stays the same).
    if (suppression?.reason === "hard-bounce") return false;
    const tokenVersion = newTokenVersion();
    const id = await insertPendingSubscriber(tx, { ...record, tokenVersion });
    if (id !== null) {
      await queueConfirmation(tx, deps, { id, tokenVersion }, input, now);
      return true;
    }
    const existing = await findSubscriberByEmail(tx, input.email);
    // Erased between our insert and this read (PostgreSQL, READ COMMITTED): nobody to mail.
    if (!existing) return false;
    if (existing.status === "confirmed")
      return queueAlreadySubscribed(tx, deps, existing, suppression?.reason === "soft-bounce", now);
    const renewed = { ...record, id: existing.id, mailedBefore: now - CONFIRMATION_RESEND_GAP_MS };
    const renewedVersion = await renewPendingSubscriber(tx, renewed);
    if (renewedVersion === null) return false;
    const to = { id: existing.id, tokenVersion: renewedVersion };
    await queueConfirmation(tx, deps, to, { email: existing.email, topics: input.topics }, now);
    return true;
  });
  deps.log.info(`sign-up from ${maskEmail(input.email)} accepted${mailed ? ", mail queued" : ""}`);
  if (mailed) deps.onMailQueued?.();
  return { kind: "accepted", mailed };
}
