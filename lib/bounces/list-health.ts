import { countListHealth, type Db, type ListHealthCounts } from "@/lib/db";
import { describeListGrowth, getListGrowth, type WeekGrowth } from "./list-growth";
import { MAIN_TOPICS } from "@/lib/content/taxonomy";

const DAY = 24 * 60 * 60_000;
export const HEALTH_WINDOW_MS = 30 * DAY;
// Queued mail (confirmations, "already subscribed") older than this is stuck: the relay has
// been refusing or unreachable for longer than a retry or two would explain.
export const STUCK_MAIL_MS = 15 * 60_000;

// Gmail's and Yahoo's bulk-sender rules (2024): keep user-reported spam under 0.1 %, never
// reach 0.3 %. Neither publishes a bounce figure; 2 % is the common ceiling before providers
// start throttling, so crossing it is treated the same way.
export const THRESHOLDS = { complaintRate: 0.001, complaintRateHard: 0.003, bounceRate: 0.02 };

export type ListHealth = ListHealthCounts & {
  bounceRate: number;
  complaintRate: number;
  // What crossed a threshold (empty: healthy); `status` exits non-zero when not empty.
  alerts: string[];
  // The last eight ISO weeks of the list's history, oldest first (./list-growth.ts).
  growth: WeekGrowth[];
};

const pct = (rate: number) => `${(rate * 100).toFixed(2)} %`;

// Gives the list's health over the last 30 days at `now`, with the thresholds it crosses.
export async function getListHealth(db: Db, now: number): Promise<ListHealth> {
  const counts = await countListHealth(db, MAIN_TOPICS, now - HEALTH_WINDOW_MS, now);
  const bounces = counts.events.hard + counts.events.soft;
  const bounceRate = counts.mailsSent ? bounces / counts.mailsSent : 0;
  const complaintRate = counts.issueMailsSent ? counts.events.complaint / counts.issueMailsSent : 0;
  const alerts: string[] = [];
  if (complaintRate >= THRESHOLDS.complaintRateHard)
    alerts.push(`complaint rate ${pct(complaintRate)} at or over Gmail's 0.30 % limit`);
  else if (complaintRate >= THRESHOLDS.complaintRate)
    alerts.push(`complaint rate ${pct(complaintRate)} at or over the 0.10 % Gmail/Yahoo target`);
  if (bounceRate >= THRESHOLDS.bounceRate)
    alerts.push(`bounce rate ${pct(bounceRate)} at or over 2.00 %`);
  if (counts.events.policy > 0)
    alerts.push(
      `${counts.events.policy} refusals on our side (policy 5.7.x, our sender, size …): check DKIM, SPF, DMARC and the account`,
    );
  const oldest = counts.outboxOldest;
  if (oldest && now - oldest.queuedAt > STUCK_MAIL_MS)
    alerts.push(
      `mail stuck: the oldest queued mail has waited ${Math.floor((now - oldest.queuedAt) / 60_000)} min` +
        (oldest.lastError
          ? `; last error: ${oldest.lastError}`
          : " (not tried yet: is the server running?)"),
    );
  const growth = await getListGrowth(db, now);
  return { ...counts, bounceRate, complaintRate, alerts, growth };
}

// Gives the lines `npm run newsletter -- status` prints.
export function describeListHealth(h: ListHealth): string[] {
  const s = h.subscribers;
  const last = h.lastIssue;
  return [
    `Subscribers: ${s.confirmed} confirmed, ${s.pending} pending, ${s.unsubscribed} unsubscribed.`,
    `Confirmed by topic: ${Object.entries(h.confirmedByTopic)
      .map(([t, n]) => `${t} ${n}`)
      .join(", ")}.`,
    `Confirmed by rhythm: every issue day ${h.confirmedByRhythm.daily}, once a week ${h.confirmedByRhythm.weekly}.`,
    `Suppressed: ${h.suppressed["hard-bounce"]} hard bounce, ${h.suppressed["soft-bounce"]} soft bounce, ${h.suppressed.complaint} complaint.`,
    last
      ? `Last issue ${last.day}: ${last.counts.sent ?? 0} sent, ${last.counts.skipped ?? 0} skipped, ` +
        `${last.counts.failed ?? 0} failed, ${(last.counts.pending ?? 0) + (last.counts.sending ?? 0)} not yet sent.`
      : "No issue sent yet.",
    `Outbox: ${h.outboxWaiting} mails waiting.`,
    `Last 30 days: ${h.mailsSent} mails sent (${h.issueMailsSent} issue mails); ` +
      `${h.events.hard} hard and ${h.events.soft} soft bounces, ${h.events.complaint} complaints, ` +
      `${h.events.policy} policy refusals.`,
    `Bounce rate ${pct(h.bounceRate)} (limit 2.00 %); complaint rate ${pct(h.complaintRate)} ` +
      `(target under 0.10 %, Gmail/Yahoo limit 0.30 %).`,
    "",
    ...describeListGrowth(h.growth),
    "",
    ...(h.alerts.length ? h.alerts.map((a) => `ALERT: ${a}`) : ["Within every threshold."]),
  ];
}

// Gives everything `status` reports as one object for monitoring (`status --json`): the
// counts, the rates with their thresholds, the alerts and the weekly growth.
export function listHealthJson(h: ListHealth, now: number) {
  const { growth, alerts, bounceRate, complaintRate, ...counts } = h;
  return {
    at: new Date(now).toISOString(),
    healthy: alerts.length === 0,
    alerts,
    ...counts,
    windowDays: HEALTH_WINDOW_MS / DAY,
    bounceRate,
    complaintRate,
    thresholds: THRESHOLDS,
    growth,
  };
}
