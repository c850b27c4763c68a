import { describe, expect, it } from "vitest";
import {
  signToken,
  subscriberToken,
  verifySubscriberToken,
  verifyToken,
} from "@/lib/subscription/tokens";

const SECRET = "s".repeat(40);
const NOW = 1_800_000_000_000;

describe("tokens", () => {
  it("gives back the subject of a token signed for the same purpose", () => {
    const token = subscriberToken(SECRET, "confirm", 42, NOW);
    expect(verifySubscriberToken(SECRET, token, "confirm", NOW)).toEqual({ ok: true, id: 42 });
  });

  it("refuses a token made for another purpose", () => {
    const token = subscriberToken(SECRET, "confirm", 42, NOW);
    expect(verifySubscriberToken(SECRET, token, "unsubscribe", NOW)).toEqual({
      ok: false,
      reason: "invalid",
    });
  });

  it("refuses a token whose subject or expiry was edited", () => {
    const [, exp, sig] = subscriberToken(SECRET, "manage", 42, NOW).split(".");
    expect(verifyToken(SECRET, `43.${exp}.${sig}`, "manage", NOW).ok).toBe(false);
    expect(verifyToken(SECRET, `42.zzzzzz.${sig}`, "manage", NOW).ok).toBe(false);
    expect(verifyToken("another-secret-".repeat(3), `42.${exp}.${sig}`, "manage", NOW).ok).toBe(
      false,
    );
  });

  it("says a confirmation token expired after seven days", () => {
    const token = subscriberToken(SECRET, "confirm", 7, NOW);
    const day = 24 * 60 * 60_000;
    expect(verifySubscriberToken(SECRET, token, "confirm", NOW + 7 * day - 1000).ok).toBe(true);
    expect(verifySubscriberToken(SECRET, token, "confirm", NOW + 7 * day)).toEqual({
      ok: false,
      reason: "expired",
    });
  });

  it("refuses garbage without throwing", () => {
    for (const bad of ["", "a.b", "1.2.3.4", "../../etc.x.y", "1.2.%00"]) {
      expect(verifyToken(SECRET, bad, "manage", NOW).ok).toBe(false);
    }
    expect(() =>
      signToken(SECRET, { purpose: "manage", subject: "a.b", expiresAt: NOW }),
    ).toThrow();
  });
});
