import { countListEvents, type Db, type ListEventCounts } from "@/lib/db";
import { helsinkiToday } from "@/lib/content/dates";
import { publishMoment } from "@/lib/content/publication";
import { isoWeekOf, mondayOfIsoWeek, shiftDay } from "@/lib/issue/issue-calendar";

export const GROWTH_WEEKS = 8;

// One ISO week of the list's history (lib/db/list-events.ts), Monday 00:00 to Monday 00:00
// Helsinki. `confirmationRate`: the week's confirmations per sign-up of the same week (null
// without sign-ups; a sign-up confirmed the week after counts there). `net`: how much the
// confirmed list grew: confirmations and imports less every kind of departure.
export type WeekGrowth = {
  week: string; // "2026-49"
  monday: string;
  signups: number;
  confirmations: number;
  confirmationRate: number | null;
  imports: number;
  unsubscribes: number;
  complaints: number;
  hardBounces: number;
  erasures: number;
  net: number;
};

function weekOf(week: string, monday: string, c: ListEventCounts): WeekGrowth {
  const departures = c.unsubscribe + c.complaint + c["hard-bounce"] + c.erasure;
  return {
    week,
    monday,
    signups: c.signup,
    confirmations: c.confirm,
    confirmationRate: c.signup ? c.confirm / c.signup : null,
    imports: c.import,
    unsubscribes: c.unsubscribe,
    complaints: c.complaint,
    hardBounces: c["hard-bounce"],
    erasures: c.erasure,
    net: c.confirm + c.import - departures,
  };
}

// Gives the last `weeks` ISO weeks up to the one holding `now` (Helsinki), oldest first.
export async function getListGrowth(db: Db, now: number, weeks = GROWTH_WEEKS) {
  const thisMonday = mondayOfIsoWeek(isoWeekOf(helsinkiToday(new Date(now))))!;
  const growth: WeekGrowth[] = [];
  for (let back = weeks - 1; back >= 0; back--) {
    const monday = shiftDay(thisMonday, -7 * back);
    const from = publishMoment(monday);
    const to = publishMoment(shiftDay(monday, 7));
    growth.push(weekOf(isoWeekOf(monday), monday, await countListEvents(db, from, to)));
  }
  return growth;
}

const signed = (n: number) => (n > 0 ? `+${n}` : String(n));
const rate = (r: number | null) => (r === null ? "–" : `${Math.round(r * 100)} %`);
const COLUMNS: [string, (w: WeekGrowth) => string][] = [
  ["sign-ups", (w) => String(w.signups)],
  ["confirmed", (w) => String(w.confirmations)],
  ["rate", (w) => rate(w.confirmationRate)],
  ["imported", (w) => String(w.imports)],
  ["unsubscribed", (w) => String(w.unsubscribes)],
  ["complaints", (w) => String(w.complaints)],
  ["hard bounces", (w) => String(w.hardBounces)],
  ["erased", (w) => String(w.erasures)],
  ["net", (w) => signed(w.net)],
];

// Gives the lines of the growth table `newsletter status` prints.
export function describeListGrowth(growth: readonly WeekGrowth[]): string[] {
  const header = ["week", ...COLUMNS.map(([name]) => name)];
  const rows = growth.map((w) => [w.week, ...COLUMNS.map(([, cell]) => cell(w))]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  ");
  return [
    `List growth by ISO week (Helsinki), last ${growth.length} weeks:`,
    line(header),
    ...rows.map(line),
  ];
}
