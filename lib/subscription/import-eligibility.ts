import { findErasedAddresses, findSubscriberStatuses, type Queryable } from "@/lib/db";

// What an import may do with one address of the list.
export type ImportVerdict =
  | "new" // no row: the import may add it
  | "already-listed" // pending or confirmed already: left exactly as it is
  | "refused-unsubscribed" // the person left; only they can come back, through the form
  | "refused-erased"; // the person had their data erased; an old list must not resurrect them

// The one place that decides whether an import may (re)subscribe an address; gives a verdict
// per address (stored form; letter case does not count). Every "never again" rule (unsubscribed, erased, and a hard-bounce
// suppression list when there is one) belongs here and nowhere else.
export async function decideImportEligibility(
  q: Queryable,
  emails: readonly string[],
): Promise<Map<string, ImportVerdict>> {
  const [statuses, erased] = await Promise.all([
    findSubscriberStatuses(q, emails),
    findErasedAddresses(q, emails),
  ]);
  return new Map(
    emails.map((email): [string, ImportVerdict] => {
      const status = statuses.get(email.toLowerCase());
      if (status === "unsubscribed") return [email, "refused-unsubscribed"];
      if (status) return [email, "already-listed"];
      if (erased.has(email)) return [email, "refused-erased"];
      return [email, "new"];
    }),
  );
}
