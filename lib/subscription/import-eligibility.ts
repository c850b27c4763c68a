import {
  addressIdentity,
  findErasedAddresses,
  findHardBouncedAddresses,
  findSubscriberStatuses,
  type Queryable,
} from "@/lib/db";

// What an import may do with one address of the list.
export type ImportVerdict =
  | "new" // no row: the import may add it
  | "already-listed" // pending or confirmed already: left exactly as it is
  | "refused-unsubscribed" // the person left; only they can come back, through the form
  | "refused-erased" // the person had their data erased; an old list must not resurrect them
  | "refused-bounced"; // the mailbox does not exist (hard bounce): no mail may go there

// The one place that decides whether an import may (re)subscribe an address; gives a verdict
// per address (stored form; letter case does not count: addressIdentity). Every "never again"
// rule (unsubscribed, erased, hard-bounced) belongs here and nowhere else.
export async function decideImportEligibility(
  q: Queryable,
  emails: readonly string[],
): Promise<Map<string, ImportVerdict>> {
  // One after another: inside a transaction they share one connection, which takes one query
  // at a time (pg queues them and warns; nothing runs in parallel anyway).
  const statuses = await findSubscriberStatuses(q, emails);
  const erased = await findErasedAddresses(q, emails);
  const bounced = await findHardBouncedAddresses(q, emails);
  return new Map(
    emails.map((email): [string, ImportVerdict] => {
      const status = statuses.get(addressIdentity(email));
      if (status === "unsubscribed") return [email, "refused-unsubscribed"];
      if (bounced.has(email)) return [email, "refused-bounced"];
      if (status) return [email, "already-listed"];
      if (erased.has(email)) return [email, "refused-erased"];
      return [email, "new"];
    }),
  );
}
