import { afterAll, describe, expect, it } from "vitest";
import {
  formatFinnishDate,
  formatFinnishDayRange,
  helsinkiStartOfDay,
  helsinkiToday,
  isCalendarDay,
} from "@/lib/content/dates";

const originalTz = process.env.TZ;
afterAll(() => {
  process.env.TZ = originalTz;
});

// Node re-reads TZ when it is assigned, so each run below formats in a different zone.
const ZONES = ["UTC", "Pacific/Kiritimati", "America/Los_Angeles", "Europe/Helsinki"];

describe.each(ZONES)("calendar days with the build machine in %s", (zone) => {
  it("shows an article's date the same way", () => {
    process.env.TZ = zone;
    expect(new Date(2023, 9, 2).getTimezoneOffset()).toBe(
      { UTC: 0, "Pacific/Kiritimati": -840, "America/Los_Angeles": 420, "Europe/Helsinki": -180 }[
        zone
      ],
    );
    expect(formatFinnishDate("2023-10-02")).toBe("2.10.2023");
    expect(formatFinnishDate("2024-01-31")).toBe("31.1.2024");
  });

  it("takes today from the Helsinki calendar, not the machine's", () => {
    process.env.TZ = zone;
    // 22:30 UTC on 1 October is already 01:30 on 2 October in Helsinki.
    expect(helsinkiToday(new Date("2023-10-01T22:30:00Z"))).toBe("2023-10-02");
    expect(helsinkiToday(new Date("2023-10-01T20:59:00Z"))).toBe("2023-10-01");
  });

  it("gives feeds the instant a Helsinki day starts, with summer and winter offsets", () => {
    process.env.TZ = zone;
    expect(helsinkiStartOfDay("2023-10-02")).toBe("2023-10-02T00:00:00+03:00");
    expect(helsinkiStartOfDay("2024-01-15")).toBe("2024-01-15T00:00:00+02:00");
    expect(new Date(helsinkiStartOfDay("2023-10-02")).toISOString()).toBe(
      "2023-10-01T21:00:00.000Z",
    );
  });

  it("gives the offset of midnight itself on the days the clocks change (at 03:00/04:00)", () => {
    process.env.TZ = zone;
    // Summer time starts 26.3.2023 and ends 29.10.2023, both after midnight.
    expect(helsinkiStartOfDay("2023-03-26")).toBe("2023-03-26T00:00:00+02:00");
    expect(helsinkiStartOfDay("2023-03-27")).toBe("2023-03-27T00:00:00+03:00");
    expect(helsinkiStartOfDay("2023-10-29")).toBe("2023-10-29T00:00:00+03:00");
    expect(helsinkiStartOfDay("2023-10-30")).toBe("2023-10-30T00:00:00+02:00");
  });
});

describe("isCalendarDay", () => {
  it("accepts real days, leap days included, and rejects impossible ones", () => {
    expect(["2024-02-29", "2023-12-31", "2023-01-01"].map(isCalendarDay)).toEqual([
      true,
      true,
      true,
    ]);
    expect(
      ["2023-02-29", "2023-02-30", "2023-13-01", "2023-04-31", "2023-00-10", "23-1-1"].map(
        isCalendarDay,
      ),
    ).toEqual([false, false, false, false, false, false]);
  });
});

describe("formatFinnishDayRange", () => {
  it("writes the shared month and year once, with an en dash", () => {
    expect(formatFinnishDayRange("2023-10-02", "2023-10-06")).toBe("2.–6.10.2023");
    expect(formatFinnishDayRange("2024-09-30", "2024-10-04")).toBe("30.9.–4.10.2024");
    expect(formatFinnishDayRange("2024-12-30", "2025-01-03")).toBe("30.12.2024–3.1.2025");
  });
});
