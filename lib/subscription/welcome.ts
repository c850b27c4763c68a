import type { Queryable, Subscriber } from "@/lib/db";
import { buildWelcomeMail } from "@/lib/mail";
import type { NewsletterDeps } from "./deps";
import { manageUrl, oneClickUnsubscribeUrl } from "./links";
import { FREQUENCY_CHOICES } from "./signup-form";
import { queueSubscriberMail, topicLabels } from "./subscribe";

// Without an archive to ask (tests, a bare set-up), the archive's own page.
const ARCHIVE = "/uutiskirje/arkisto";

// Queues the welcome mail of a subscription that has just been confirmed, in the confirming
// transaction: it says what comes and when, links the newest letter of the reader's rhythm,
// and carries the same unsubscribe links and headers as every letter.
export async function queueWelcome(
  tx: Queryable,
  deps: NewsletterDeps,
  subscriber: Pick<Subscriber, "id" | "tokenVersion" | "email" | "topics" | "frequency">,
  now: number,
) {
  const choice = FREQUENCY_CHOICES[subscriber.frequency];
  const newest = deps.newestIssuePath?.(subscriber.frequency) ?? ARCHIVE;
  const mail = buildWelcomeMail({
    to: subscriber.email,
    siteName: deps.siteName,
    topicLabels: topicLabels(subscriber.topics),
    rhythm: { label: choice.label, schedule: choice.hint },
    newestIssueUrl: `${deps.siteUrl}${newest}`,
    manageUrl: manageUrl(deps, subscriber),
    privacyUrl: `${deps.siteUrl}/tietosuojaseloste`,
    oneClickUnsubscribeUrl: oneClickUnsubscribeUrl(deps, subscriber),
  });
  await queueSubscriberMail(tx, mail, now, subscriber.id);
}
