import { describe, expect, it } from "vitest";
import { planMerge, type MergeRow } from "@/lib/db/migrations/merge-plan";

const DAY = 24 * 60 * 60_000;
const row = (over: Partial<MergeRow> & Pick<MergeRow, "id" | "status">): MergeRow => ({
  email: `r${over.id}@yritys.fi`,
  topics: ["talous"],
  consentAt: over.id * DAY,
  confirmedAt: over.status === "confirmed" ? over.id * DAY + 1000 : null,
  unsubscribedAt: null,
  lastMailAt: null,
  createdAt: over.id * DAY,
  updatedAt: over.id * DAY,
  ...over,
});

describe("merging the rows of one mailbox", () => {
  it("keeps the confirmed row over a pending one, and drops the pending row's topics", () => {
    const pending = row({ id: 1, status: "pending", topics: ["verotus"], lastMailAt: 5 * DAY });
    const confirmed = row({ id: 2, status: "confirmed", topics: ["talous"], lastMailAt: DAY });
    const plan = planMerge([pending, confirmed]);
    expect(plan.keep).toMatchObject({
      id: 2,
      status: "confirmed",
      topics: ["talous"],
      consentAt: 2 * DAY,
      lastMailAt: 5 * DAY,
      createdAt: DAY,
    });
    expect(plan.drop.map((r) => r.id)).toEqual([1]);
  });

  it("keeps the earliest consent and the union of topics when several rows are confirmed", () => {
    const later = row({ id: 5, status: "confirmed", topics: ["juridiikka", "talous"] });
    const earlier = row({ id: 7, status: "confirmed", topics: ["talous"], consentAt: DAY });
    const plan = planMerge([later, earlier]);
    expect(plan.keep).toMatchObject({ id: 7, consentAt: DAY, status: "confirmed" });
    expect(plan.keep.topics).toEqual(["talous", "juridiikka"]);
    expect(plan.drop.map((r) => r.id)).toEqual([5]);
  });

  it("honours an unsubscribe made after every confirmation", () => {
    const confirmed = row({ id: 1, status: "confirmed" });
    const left = row({ id: 2, status: "unsubscribed", unsubscribedAt: 30 * DAY });
    expect(planMerge([confirmed, left]).keep).toMatchObject({
      id: 1,
      status: "unsubscribed",
      unsubscribedAt: 30 * DAY,
    });
    const rejoined = row({ id: 3, status: "confirmed", confirmedAt: 40 * DAY });
    expect(planMerge([confirmed, left, rejoined]).keep).toMatchObject({
      id: 1,
      status: "confirmed",
    });
  });

  it("keeps the row changed last when none is confirmed", () => {
    const older = row({ id: 1, status: "pending", updatedAt: 3 * DAY });
    const newer = row({ id: 2, status: "pending", updatedAt: 9 * DAY });
    const left = row({ id: 3, status: "unsubscribed", updatedAt: 6 * DAY });
    expect(planMerge([older, newer, left]).keep).toMatchObject({ id: 2, status: "pending" });
    expect(planMerge([older, left]).keep).toMatchObject({ id: 3, status: "unsubscribed" });
  });
});
