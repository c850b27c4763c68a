import Holidays from "date-holidays";
import { isCalendarDay, SITE_TIME_ZONE } from "../content/dates";

// Issue days are Finnish working days as the Act on the Calculation of Statutory Time Limits
// (150/1930) counts them: no Saturday, Sunday or public holiday, and Midsummer Eve and
// Christmas Eve count as holidays too. date-holidays marks those two as "bank" days, a type
// it shares with New Year's Eve (a working day), so they are picked out by their rule.
const HOLIDAY_EVE_RULES = new Set(["friday after 06-19", "12-24"]);

const calendar = new Holidays("FI", { timezone: SITE_TIME_ZONE });
const holidaysByYear = new Map<number, Set<string>>();

function holidaysOf(year: number): Set<string> {
  let days = holidaysByYear.get(year);
  if (!days) {
    days = new Set(
      calendar
        .getHolidays(year)
        .filter((h) => h.type === "public" || (h.type === "bank" && HOLIDAY_EVE_RULES.has(h.rule)))
        .map((h) => h.date.slice(0, 10)),
    );
    holidaysByYear.set(year, days);
  }
  return days;
}

function assertDay(day: string): void {
  if (!isCalendarDay(day)) throw new RangeError(`expected a calendar day YYYY-MM-DD, got "${day}"`);
}

// Calendar arithmetic on UTC midnights: a "YYYY-MM-DD" is a Helsinki day, never an instant.
export function shiftDay(day: string, delta: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + delta);
  return date.toISOString().slice(0, 10);
}

// Gives true when the newsletter appears on this day (a Finnish working day).
export function isIssueDay(day: string): boolean {
  assertDay(day);
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
  if (weekday === 0 || weekday === 6) return false;
  return !holidaysOf(Number(day.slice(0, 4))).has(day);
}

// Gives the last issue day strictly before `day`.
export function previousIssueDay(day: string): string {
  assertDay(day);
  let candidate = shiftDay(day, -1);
  while (!isIssueDay(candidate)) candidate = shiftDay(candidate, -1);
  return candidate;
}

// Gives the first issue day on or after `day`: the issue that carries an article of that date.
export function issueDayOnOrAfter(day: string): string {
  assertDay(day);
  let candidate = day;
  while (!isIssueDay(candidate)) candidate = shiftDay(candidate, 1);
  return candidate;
}

// Gives the issue days of a month ("2024-03"), in order.
export function issueDaysInMonth(month: string): string[] {
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(month)) {
    throw new RangeError(`expected a month YYYY-MM, got "${month}"`);
  }
  const days: string[] = [];
  for (let day = `${month}-01`; day.startsWith(month); day = shiftDay(day, 1)) {
    if (isIssueDay(day)) days.push(day);
  }
  return days;
}

// Gives the ISO 8601 week of a day as "YYYY-WW" (the week's year is the year of its Thursday,
// so 2024-12-30 is in "2025-01").
export function isoWeekOf(day: string): string {
  assertDay(day);
  const weekday = (new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  const thursday = shiftDay(day, 3 - weekday);
  const year = thursday.slice(0, 4);
  const dayOfYear =
    (Date.parse(`${thursday}T00:00:00Z`) - Date.parse(`${year}-01-01T00:00:00Z`)) / 86_400_000;
  return `${year}-${String(Math.floor(dayOfYear / 7) + 1).padStart(2, "0")}`;
}

// Gives the Monday of an ISO week "YYYY-WW", or null when there is no such week.
export function mondayOfIsoWeek(week: string): string | null {
  const match = /^(\d{4})-(\d{2})$/.exec(week);
  if (!match) return null;
  const [year, number] = [Number(match[1]), Number(match[2])];
  // 4 January is always in week 1.
  const jan4 = `${year}-01-04`;
  const weekday = (new Date(`${jan4}T00:00:00Z`).getUTCDay() + 6) % 7;
  const monday = shiftDay(shiftDay(jan4, -weekday), (number - 1) * 7);
  return number >= 1 && isoWeekOf(monday) === week ? monday : null;
}

// Gives the day of the weekly digest of an ISO week: its last issue day up to Friday
// (normally Friday; when Friday is not an issue day, the last day before it that is), or null
// when the week has no issue day at all (its articles then wait for the next issue).
export function weeklyIssueDayOf(week: string): string | null {
  const monday = mondayOfIsoWeek(week);
  if (!monday) return null;
  for (let offset = 4; offset >= 0; offset--) {
    const day = shiftDay(monday, offset);
    if (isIssueDay(day)) return day;
  }
  return null;
}

// Gives true when the weekly digest goes out on this day.
export function isWeeklyIssueDay(day: string): boolean {
  return isIssueDay(day) && weeklyIssueDayOf(isoWeekOf(day)) === day;
}
