// Leases on mail (issue send claims, outbox rows) are short, so that the work of a process
// that died returns within a minute; while the process lives, this keeps them from running out
// however long a relay takes. Renewing every quarter of the lease leaves three chances.
export const renewalInterval = (leaseMs: number) => Math.max(10, Math.floor(leaseMs / 4));

// Calls `renew` every renewalInterval(leaseMs) until the returned function is called; a
// renewal that throws goes to `onError` (the caller stops: it can no longer vouch for its
// claims). Renewals never overlap, and the timer does not keep the process alive.
export function keepLeasesRenewed(
  renew: () => Promise<void>,
  leaseMs: number,
  onError: (error: unknown) => void,
): () => void {
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    renew()
      .catch(onError)
      .finally(() => (running = false));
  }, renewalInterval(leaseMs));
  timer.unref();
  return () => clearInterval(timer);
}
