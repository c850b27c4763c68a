// The one rule for "published": an article is public from 00:00 Europe/Helsinki on its `date`
// (not UTC: between 00:00 and 02:00/03:00 Helsinki the UTC date is still the day before).
// Pages, listings, feeds, the sitemap, the issue composer and archive all decide through here.
import { helsinkiToday, SITE_TIME_ZONE } from "./dates";

// Gives true when an article dated `date` is public on the Helsinki day `today`.
export function isPublishedOn(date: string, today: string): boolean {
  return date <= today;
}

// Gives true when an article dated `date` is public at the instant `now` (ms since epoch).
export function isPublished(date: string, now: number): boolean {
  return isPublishedOn(date, helsinkiToday(new Date(now)));
}

const OFFSET = new Intl.DateTimeFormat("en-US", {
  timeZone: SITE_TIME_ZONE,
  timeZoneName: "longOffset",
});

// Gives Helsinki's offset from UTC in ms at an instant ("GMT+02:00" → 7 200 000).
function helsinkiOffsetMs(at: number): number {
  const name = OFFSET.formatToParts(at).find((p) => p.type === "timeZoneName")?.value ?? "";
  const match = /([+-])(\d{2}):(\d{2})/.exec(name);
  if (!match) return 0;
  const ms = (Number(match[2]) * 60 + Number(match[3])) * 60_000;
  return match[1] === "-" ? -ms : ms;
}

// Gives the instant (ms since epoch) an article dated `date` goes live: 00:00 Helsinki.
// Daylight saving changes at 03:00/04:00 local time, so the offset two hours before UTC
// midnight of the same date is the one in force at local midnight.
export function publishMoment(date: string): number {
  const utcMidnight = Date.parse(`${date}T00:00:00Z`);
  return utcMidnight - helsinkiOffsetMs(utcMidnight - 2 * 3_600_000);
}

// Gives the Helsinki day after `day`.
export function nextDay(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

// Gives the instant of the next 00:00 Helsinki strictly after `now`: when the next day's
// articles go live.
export function nextPublishMoment(now: number): number {
  return publishMoment(nextDay(helsinkiToday(new Date(now))));
}
