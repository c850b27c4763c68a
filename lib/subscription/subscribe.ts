import {
  claimMailSlot,
  enqueueMail,
  findSubscriberByEmail,
  findSuppression,
  insertPendingSubscriber,
  renewPendingSubscriber,
  reopenSignup,
  type Queryable,
} from "@/lib/db";
import { findTopic } from "@/lib/content/taxonomy";
import { buildAlreadySubscribedMail, buildConfirmationMail, type MailMessage } from "@/lib/mail";
import { maskEmail } from "@/lib/log";
import type { NewsletterDeps } from "./deps";
import { confirmUrl, manageUrl } from "./links";
import { CONSENT_VERSION } from "./signup-form";
import type { SignupInput } from "./signup-schema";

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

// Queues the mail whose link confirms subscriber `id` (a new sign-up, a pending one again, or
// an imported one): the one place a confirmation mail is queued, with the subscriber's id so
// that a bounce of it can be traced back.
export async function queueConfirmation(
  tx: Queryable,
  deps: Pick<NewsletterDeps, "siteName" | "siteUrl" | "tokenSecret" | "clock">,
  id: number,
  signup: { email: string; topics: readonly string[] },
  now: number,
) {
  const mail = buildConfirmationMail({
    to: signup.email,
    siteName: deps.siteName,
    topicLabels: topicLabels(signup.topics),
    confirmUrl: confirmUrl(deps, id),
  });
  await queueSubscriberMail(tx, mail, now, id);
}

// Records a sign-up and queues at most one mail, in one transaction. Every outcome looks the
// same to the caller (new, pending, confirmed, honeypot), so the form reveals nobody's address.
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
    const newId = await insertPendingSubscriber(tx, record);
    if (newId !== null) {
      await queueConfirmation(tx, deps, newId, input, now);
      return true;
    }
    const existing = await findSubscriberByEmail(tx, input.email);
    // Erased between our insert and this read (PostgreSQL, READ COMMITTED): nobody to mail.
    if (!existing) return false;
    const renewed = { ...record, id: existing.id, mailedBefore: now - CONFIRMATION_RESEND_GAP_MS };
    if (existing.status === "confirmed" && suppression) {
      // Issues stopped after bounces: back only once the reader confirms the address works.
      if (!(await reopenSignup(tx, renewed))) return false;
    } else if (existing.status === "confirmed") {
      if (!(await claimMailSlot(tx, existing.id, now, now - ALREADY_SUBSCRIBED_GAP_MS)))
        return false;
      const url = manageUrl(deps, existing.id);
      await queueSubscriberMail(
        tx,
        buildAlreadySubscribedMail({
          to: input.email,
          siteName: deps.siteName,
          topicLabels: topicLabels(existing.topics),
          manageUrl: url,
        }),
        now,
        existing.id,
      );
      return true;
    } else if (!(await renewPendingSubscriber(tx, renewed))) return false;
    await queueConfirmation(tx, deps, existing.id, input, now);
    return true;
  });
  deps.log.info(`sign-up from ${maskEmail(input.email)} accepted${mailed ? ", mail queued" : ""}`);
  if (mailed) deps.onMailQueued?.();
  return { kind: "accepted", mailed };
}
