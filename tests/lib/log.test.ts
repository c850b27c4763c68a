import { describe, expect, it } from "vitest";
import { describeError, maskEmail } from "@/lib/log";

describe("describeError", () => {
  it("masks the addresses an SMTP reply quotes", () => {
    expect(describeError(new Error("550 <matti.meikalainen@example.fi>: no such user"))).toBe(
      "550 <m***@example.fi>: no such user",
    );
  });

  it("masks a bare address too", () => {
    expect(maskEmail("anna@example.fi")).toBe("a***@example.fi");
  });
});
