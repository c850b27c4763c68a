import { describe, expect, it } from "vitest";
import {
  isIssueDay,
  isoWeekOf,
  issueDayOnOrAfter,
  issueDaysInMonth,
  isWeeklyIssueDay,
  mondayOfIsoWeek,
  previousIssueDay,
  weeklyIssueDayOf,
} from "@/lib/issue/issue-calendar";

describe("isIssueDay", () => {
  it.each([
    ["2023-01-06", "Epiphany 2023 (Friday)"],
    ["2026-01-06", "Epiphany 2026 (Tuesday)"],
    ["2023-05-01", "May Day 2023"],
    ["2026-05-01", "May Day 2026"],
    ["2023-05-18", "Ascension Day 2023"],
    ["2024-05-09", "Ascension Day 2024"],
    ["2025-05-29", "Ascension Day 2025"],
    ["2026-05-14", "Ascension Day 2026"],
    ["2023-12-06", "Independence Day 2023"],
    ["2024-03-29", "Good Friday 2024"],
    ["2024-04-01", "Easter Monday 2024"],
    ["2024-06-21", "Midsummer Eve 2024"],
    ["2025-06-20", "Midsummer Eve 2025"],
    ["2025-12-24", "Christmas Eve 2025"],
    ["2025-12-25", "Christmas Day 2025"],
    ["2025-12-26", "St Stephen's Day 2025"],
    ["2026-01-01", "New Year's Day 2026"],
  ])("%s (%s) is not an issue day", (day) => {
    expect(isIssueDay(day)).toBe(false);
  });

  it.each([
    ["2023-09-30", "Saturday"],
    ["2023-10-01", "Sunday"],
  ])("%s (%s) is not an issue day", (day) => {
    expect(isIssueDay(day)).toBe(false);
  });

  it.each([
    ["2023-10-02", "an ordinary Monday"],
    ["2023-12-07", "the day after Independence Day"],
    ["2024-03-28", "Maundy Thursday"],
    ["2024-12-31", "New Year's Eve, a working day"],
    ["2024-06-20", "the Thursday before Midsummer"],
    ["2025-12-23", "the day before Christmas Eve"],
  ])("%s (%s) is an issue day", (day) => {
    expect(isIssueDay(day)).toBe(true);
  });

  it("rejects a string that is not a calendar day", () => {
    expect(() => isIssueDay("2023-02-30")).toThrow(/YYYY-MM-DD/);
    expect(() => isIssueDay("2.10.2023")).toThrow(/YYYY-MM-DD/);
  });
});

describe("previousIssueDay", () => {
  it("goes back over a weekend from Monday to Friday", () => {
    expect(previousIssueDay("2023-10-02")).toBe("2023-09-29");
  });

  it("goes back over Easter from the Tuesday to Maundy Thursday", () => {
    expect(previousIssueDay("2024-04-02")).toBe("2024-03-28");
  });

  it("skips Independence Day", () => {
    expect(previousIssueDay("2023-12-07")).toBe("2023-12-05");
  });

  it("goes back over Christmas 2025 to the 23rd", () => {
    expect(previousIssueDay("2025-12-29")).toBe("2025-12-23");
  });

  it("crosses a year boundary and Epiphany", () => {
    expect(previousIssueDay("2026-01-07")).toBe("2026-01-05");
    expect(previousIssueDay("2026-01-02")).toBe("2025-12-31");
  });
});

describe("issueDayOnOrAfter", () => {
  it("gives the day itself on an issue day and the next working day otherwise", () => {
    expect(issueDayOnOrAfter("2023-10-02")).toBe("2023-10-02");
    expect(issueDayOnOrAfter("2023-09-30")).toBe("2023-10-02");
    expect(issueDayOnOrAfter("2024-06-21")).toBe("2024-06-24");
  });
});

describe("issueDaysInMonth", () => {
  it("lists December 2024 without Independence Day and the three Christmas holidays", () => {
    expect(issueDaysInMonth("2024-12")).toEqual([
      "2024-12-02",
      "2024-12-03",
      "2024-12-04",
      "2024-12-05",
      "2024-12-09",
      "2024-12-10",
      "2024-12-11",
      "2024-12-12",
      "2024-12-13",
      "2024-12-16",
      "2024-12-17",
      "2024-12-18",
      "2024-12-19",
      "2024-12-20",
      "2024-12-23",
      "2024-12-27",
      "2024-12-30",
      "2024-12-31",
    ]);
  });

  it("counts the 20 working days of February 2023", () => {
    expect(issueDaysInMonth("2023-02")).toHaveLength(20);
  });

  it("rejects a month that is not YYYY-MM", () => {
    expect(() => issueDaysInMonth("2024-13")).toThrow(/YYYY-MM/);
  });
});

describe("the weekly digest's day", () => {
  it.each([
    ["2023-10-02", "2023-40"],
    ["2023-10-08", "2023-40"],
    ["2024-12-30", "2025-01"],
    ["2021-01-03", "2020-53"],
    ["2026-12-31", "2026-53"],
  ])("puts %s in ISO week %s", (day, week) => {
    expect(isoWeekOf(day)).toBe(week);
  });

  it("gives each week's Monday back, and no Monday for a week that does not exist", () => {
    expect(mondayOfIsoWeek("2025-01")).toBe("2024-12-30");
    expect(mondayOfIsoWeek("2020-53")).toBe("2020-12-28");
    expect(mondayOfIsoWeek("2023-53")).toBeNull();
    expect(mondayOfIsoWeek("2023-00")).toBeNull();
    expect(mondayOfIsoWeek("viikko")).toBeNull();
  });

  it.each([
    ["2023-40", "2023-10-06", "an ordinary week: Friday"],
    ["2024-49", "2024-12-05", "Independence Day on Friday: Thursday"],
    ["2024-25", "2024-06-20", "Midsummer Eve on Friday: Thursday"],
    ["2024-13", "2024-03-28", "Good Friday: Thursday"],
    ["2026-52", "2026-12-23", "Christmas Eve Thursday, Christmas Day Friday: Wednesday"],
  ])("sends the digest of %s on %s (%s)", (week, day) => {
    expect(weeklyIssueDayOf(week)).toBe(day);
    expect(isWeeklyIssueDay(day)).toBe(true);
  });

  it("sends no digest on the other days of the week", () => {
    for (const day of ["2023-10-02", "2023-10-05", "2023-10-07", "2024-12-06"]) {
      expect(isWeeklyIssueDay(day)).toBe(false);
    }
  });
});
