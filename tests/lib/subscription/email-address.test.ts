import { describe, expect, it } from "vitest";
import { normalizeEmail } from "@/lib/subscription/email-address";

describe("normalizeEmail", () => {
  it("trims, lower-cases the domain and keeps the local part as written", () => {
    expect(normalizeEmail("  Matti.Meikalainen@Esimerkki.FI \t")).toEqual({
      ok: true,
      email: "Matti.Meikalainen@esimerkki.fi",
    });
  });

  it("encodes an international domain as punycode", () => {
    expect(normalizeEmail("anna@Bücher.DE")).toEqual({ ok: true, email: "anna@xn--bcher-kva.de" });
  });

  it("refuses CR, LF and commas, which a mailer would read as more recipients", () => {
    for (const bad of [
      "a@b.fi\r\nbcc: c@d.fi",
      "a@b.fi,c@d.fi",
      "a@b.fi\nx",
      "a b@c.fi",
      "<a@b.fi>",
    ]) {
      expect(normalizeEmail(bad)).toEqual({ ok: false, error: "invalid" });
    }
  });

  it("refuses addresses over 254 characters and local parts over 64", () => {
    expect(normalizeEmail(`${"a".repeat(65)}@b.fi`)).toEqual({ ok: false, error: "too-long" });
    expect(
      normalizeEmail(`${"a".repeat(64)}@${"b".repeat(63)}.${"c".repeat(63)}.${"d".repeat(63)}.fi`),
    ).toEqual({
      ok: false,
      error: "too-long",
    });
  });

  it("refuses things that are not addresses", () => {
    for (const bad of [
      "matti",
      "@b.fi",
      "a@",
      "a@b",
      "a..b@c.fi",
      ".a@c.fi",
      "a@-b.fi",
      "a@b.1",
      "a@@b.fi",
    ]) {
      expect(normalizeEmail(bad).ok, bad).toBe(false);
    }
    expect(normalizeEmail("   ")).toEqual({ ok: false, error: "required" });
  });
});
