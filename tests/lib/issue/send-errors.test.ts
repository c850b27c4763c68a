import { describe, expect, it } from "vitest";
import { classifySendError } from "@/lib/issue/send-errors";
import { describeError } from "@/lib/log";
import { retryDelay } from "@/lib/mail";

const smtpError = (responseCode?: number, code?: string) =>
  Object.assign(new Error("smtp"), { responseCode, code });

describe("classifySendError", () => {
  it("treats 5xx replies as permanent and 4xx replies as transient", () => {
    expect(classifySendError(smtpError(550, "EENVELOPE"))).toBe("permanent");
    expect(classifySendError(smtpError(554))).toBe("permanent");
    expect(classifySendError(smtpError(451, "EENVELOPE"))).toBe("transient");
    expect(classifySendError(smtpError(421))).toBe("transient");
  });

  it("treats an unreachable server as transient and anything else as fatal", () => {
    expect(classifySendError(smtpError(undefined, "ESOCKET"))).toBe("transient");
    expect(classifySendError(smtpError(undefined, "ETIMEDOUT"))).toBe("transient");
    expect(classifySendError(new Error("database is locked"))).toBe("fatal");
    expect(classifySendError(undefined)).toBe("fatal");
  });
});

describe("retryDelay", () => {
  it("doubles from the base and stops at the cap", () => {
    const policy = { baseMs: 2000, maxMs: 60_000 };
    expect([0, 1, 2].map((n) => retryDelay(n, policy))).toEqual([2000, 4000, 8000]);
    expect(retryDelay(20, policy)).toBe(60_000);
  });
});

describe("describeError", () => {
  it("masks the addresses an SMTP reply quotes", () => {
    expect(describeError(new Error("550 <matti.meikalainen@example.fi>: no such user"))).toBe(
      "550 <m***@example.fi>: no such user",
    );
  });
});
