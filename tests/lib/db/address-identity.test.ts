import { describe, expect, it } from "vitest";
import { addressIdentity } from "@/lib/db/address-identity";
import { normalizeEmail } from "@/lib/subscription/email-address";

describe("addressIdentity", () => {
  it("gives one identity for a mailbox in any letter case, with or without spaces", () => {
    const spellings = [
      "Anna.Virtanen@Yritys.fi",
      "anna.virtanen@yritys.fi",
      "  ANNA.VIRTANEN@YRITYS.FI ",
      "aNNa.viRTanen@yritys.FI",
    ];
    expect(new Set(spellings.map(addressIdentity))).toEqual(new Set(["anna.virtanen@yritys.fi"]));
  });

  it("punycodes an international domain as the stored form does", () => {
    expect(addressIdentity("Anna@Bücher.DE")).toBe("anna@xn--bcher-kva.de");
    expect(addressIdentity("anna@xn--bcher-kva.de")).toBe("anna@xn--bcher-kva.de");
  });

  it("keeps addresses that differ in more than letter case apart", () => {
    expect(addressIdentity("anna+uutiset@yritys.fi")).not.toBe(addressIdentity("anna@yritys.fi"));
    expect(addressIdentity("anna.v@yritys.fi")).not.toBe(addressIdentity("annav@yritys.fi"));
  });

  it("is the identity of the address as the form stores it (sending keeps the letters as typed)", () => {
    const stored = normalizeEmail(" Matti.Meikalainen@Esimerkki.FI ");
    expect(stored).toEqual({ ok: true, email: "Matti.Meikalainen@esimerkki.fi" });
    expect(addressIdentity(stored.ok ? stored.email : "")).toBe(
      addressIdentity("matti.meikalainen@ESIMERKKI.fi"),
    );
  });

  it("never throws on text that is no address", () => {
    for (const text of ["", "ei osoite", "@", "a@", "A@-.fi"]) {
      expect(addressIdentity(text)).toBe(addressIdentity(text.toUpperCase()));
    }
  });
});
