import { describe, expect, it } from "vitest";
import { isPublished, nextPublishMoment, publishMoment } from "@/lib/content/publication";

describe("an article is published from 00:00 Helsinki on its date", () => {
  it("goes live at 22:00 UTC the day before in winter (UTC+2)", () => {
    expect(isPublished("2026-12-02", Date.parse("2026-12-01T21:59:59.999Z"))).toBe(false);
    expect(isPublished("2026-12-02", Date.parse("2026-12-01T22:00:00Z"))).toBe(true);
  });

  it("goes live at 21:00 UTC the day before in summer (UTC+3)", () => {
    expect(isPublished("2026-06-15", Date.parse("2026-06-14T20:59:59Z"))).toBe(false);
    expect(isPublished("2026-06-15", Date.parse("2026-06-14T21:00:00Z"))).toBe(true);
  });

  it("is live between 00:00 and 02:00 Helsinki although the UTC date is still yesterday", () => {
    expect(isPublished("2026-12-02", Date.parse("2026-12-01T23:30:00Z"))).toBe(true);
  });

  it("stays live on every later day", () => {
    expect(isPublished("2023-10-02", Date.parse("2026-12-01T12:00:00Z"))).toBe(true);
  });
});

describe("publishMoment", () => {
  it("gives 00:00 Helsinki with the offset in force at that midnight", () => {
    expect(new Date(publishMoment("2026-12-02")).toISOString()).toBe("2026-12-01T22:00:00.000Z");
    expect(new Date(publishMoment("2026-06-15")).toISOString()).toBe("2026-06-14T21:00:00.000Z");
  });

  it("keeps winter time on the day summer time starts at 03:00 (29 March 2026)", () => {
    expect(new Date(publishMoment("2026-03-29")).toISOString()).toBe("2026-03-28T22:00:00.000Z");
    expect(new Date(publishMoment("2026-03-30")).toISOString()).toBe("2026-03-29T21:00:00.000Z");
  });

  it("keeps summer time on the day it ends at 04:00 (25 October 2026)", () => {
    expect(new Date(publishMoment("2026-10-25")).toISOString()).toBe("2026-10-24T21:00:00.000Z");
    expect(new Date(publishMoment("2026-10-26")).toISOString()).toBe("2026-10-25T22:00:00.000Z");
  });
});

describe("nextPublishMoment", () => {
  it("gives the coming midnight, also one second before it", () => {
    const next = nextPublishMoment(Date.parse("2026-12-01T21:59:59Z"));
    expect(new Date(next).toISOString()).toBe("2026-12-01T22:00:00.000Z");
  });

  it("gives tomorrow's midnight at midnight itself", () => {
    const next = nextPublishMoment(Date.parse("2026-12-01T22:00:00Z"));
    expect(new Date(next).toISOString()).toBe("2026-12-02T22:00:00.000Z");
  });
});
