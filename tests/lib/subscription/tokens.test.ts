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
    const token = subscriberToken(SECRET, "confirm", { id: 42, tokenVersion: 123_456 }, NOW);
    expect(verifySubscriberToken(SECRET, token, "confirm", NOW)).toEqual({
      ok: true,
      id: 42,
      version: 123_456,
    });
  });

  it("refuses a token made for another purpose", () => {
    const token = subscriberToken(SECRET, "confirm", { id: 42, tokenVersion: 1 }, NOW);
    expect(verifySubscriberToken(SECRET, token, "unsubscribe", NOW)).toEqual({
      ok: false,
      reason: "invalid",
    });
  });

  it("refuses a token whose subject or expiry was edited", () => {
    const token = subscriberToken(SECRET, "manage", { id: 42, tokenVersion: 7 }, NOW);
    const [subject, exp, sig] = token.split(".");
    expect(subject).toBe("42-7");
    expect(verifyToken(SECRET, `43-7.${exp}.${sig}`, "manage", NOW).ok).toBe(false);
    expect(verifyToken(SECRET, `42-8.${exp}.${sig}`, "manage", NOW).ok).toBe(false);
    expect(verifyToken(SECRET, `42.zzzzzz.${sig}`, "manage", NOW).ok).toBe(false);
    expect(verifyToken("another-secret-".repeat(3), token, "manage", NOW).ok).toBe(false);
  });

  it("says a confirmation token expired after seven days", () => {
    const token = subscriberToken(SECRET, "confirm", { id: 7, tokenVersion: 1 }, NOW);
    const day = 24 * 60 * 60_000;
    expect(verifySubscriberToken(SECRET, token, "confirm", NOW + 7 * day - 1000).ok).toBe(true);
    expect(verifySubscriberToken(SECRET, token, "confirm", NOW + 7 * day)).toEqual({
      ok: false,
      reason: "expired",
    });
  });

  it("reads a link mailed before tokens carried a version as version 0", () => {
    const legacy = signToken(SECRET, { purpose: "manage", subject: "42", expiresAt: NOW + 1000 });
    expect(verifySubscriberToken(SECRET, legacy, "manage", NOW)).toEqual({
      ok: true,
      id: 42,
      version: 0,
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
