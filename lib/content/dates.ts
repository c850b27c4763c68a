// Calendar days are plain "YYYY-MM-DD" strings in Europe/Helsinki: no Date arithmetic
// in the build machine's zone, so every build and every reader sees the same day.
export const SITE_TIME_ZONE = "Europe/Helsinki";

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

// True when the string is YYYY-MM-DD and names a day that exists (no 30 February).
export function isCalendarDay(value: string): boolean {
  const match = ISO_DAY.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

// Gives today's date in Helsinki as YYYY-MM-DD.
export function helsinkiToday(now: Date = new Date()): string {
  return HELSINKI_DAY.format(now);
}

// Built once: every page of a build asks for today's date several times.
const HELSINKI_DAY = new Intl.DateTimeFormat("en-CA", {
  timeZone: SITE_TIME_ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

// Gives the Finnish display form of a calendar day: "2.10.2023".
export function formatFinnishDate(day: string): string {
  const [year, month, date] = day.split("-");
  return `${Number(date)}.${Number(month)}.${year}`;
}

const WEEKDAYS = [
  "sunnuntai",
  "maanantai",
  "tiistai",
  "keskiviikko",
  "torstai",
  "perjantai",
  "lauantai",
];

// Gives "maanantai 2.10.2023" for "2023-10-02".
export function formatWeekdayDate(day: string): string {
  return `${WEEKDAYS[new Date(`${day}T00:00:00Z`).getUTCDay()]} ${formatFinnishDate(day)}`;
}

// Gives the year of a calendar day.
export function yearOf(day: string): number {
  return Number(day.slice(0, 4));
}

// Built once: feeds ask for thousands of offsets, and a formatter costs far more to make than
// to use.
const HELSINKI_OFFSET = new Intl.DateTimeFormat("en-US", {
  timeZone: SITE_TIME_ZONE,
  timeZoneName: "longOffset",
});

// Gives Helsinki's UTC offset at an instant ("+03:00").
function helsinkiOffset(instant: Date): string {
  const name = HELSINKI_OFFSET.formatToParts(instant).find(
    (part) => part.type === "timeZoneName",
  )?.value;
  return name?.replace("GMT", "") || "+00:00";
}

// Gives the instant a Helsinki calendar day starts, as ISO 8601 with its offset
// ("2023-10-02T00:00:00+03:00"), for feeds that need a timestamp. The clocks change at 03:00
// or 04:00, so midday's offset can differ from midnight's: midnight at midday's offset is
// probed once more.
export function helsinkiStartOfDay(day: string): string {
  const midday = helsinkiOffset(new Date(`${day}T12:00:00Z`));
  const offset = helsinkiOffset(new Date(`${day}T00:00:00${midday}`));
  return `${day}T00:00:00${offset}`;
}

// Gives the Finnish form of a span of days, shortest first: "2.–6.10.2023",
// "30.9.–4.10.2024", "30.12.2024–3.1.2025".
export function formatFinnishDayRange(from: string, to: string): string {
  const [fy, fm, fd] = from.split("-").map(Number);
  const last = formatFinnishDate(to);
  if (fy !== Number(to.slice(0, 4))) return `${formatFinnishDate(from)}–${last}`;
  if (fm !== Number(to.slice(5, 7))) return `${fd}.${fm}.–${last}`;
  return `${fd}.–${last}`;
}
