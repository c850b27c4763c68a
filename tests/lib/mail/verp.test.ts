import { describe, expect, it } from "vitest";
import { getEnv } from "@/lib/env";
import { bounceAddress, readBounceAddress } from "@/lib/mail/verp";

const SECRET = "testisalaisuus-joka-on-tarpeeksi-pitka-32";
const BASE = "bounces-uutiskirje@bounces.uutiskirje.example"; // 18: the longest base allowed

describe("VERP bounce addresses", () => {
  it("keeps the local part within 64 characters for the largest ids", () => {
    const max = Number.MAX_SAFE_INTEGER;
    const outbox = bounceAddress(BASE, SECRET, { kind: "outbox", id: max, subscriberId: max });
    expect(outbox.split("@")[0]!.length).toBeLessThanOrEqual(64);
    expect(readBounceAddress(outbox, SECRET)).toEqual({
      kind: "outbox",
      id: max,
      subscriberId: max,
    });
  });

  it("reads its own address back in upper case and inside a BATV prvs= wrapper", () => {
    const ref = { kind: "issue" as const, day: "2023-10-02", subscriberId: 100 };
    const address = bounceAddress("bounces@b.example", SECRET, ref);
    expect(address).toMatch(/^bounces\+i20231002-2s-[0-9a-f]{20}@b\.example$/);
    expect(readBounceAddress(address.toUpperCase(), SECRET)).toEqual(ref);
    expect(readBounceAddress(`prvs=0123abcd=${address}`, SECRET)).toEqual(ref);
  });

  it("refuses a token with another subscriber, another secret or a changed signature", () => {
    const address = bounceAddress("bounces@b.example", SECRET, {
      kind: "issue",
      day: "2023-10-02",
      subscriberId: 100,
    });
    expect(readBounceAddress(address.replace("-2s-", "-2t-"), SECRET)).toBeNull();
    expect(readBounceAddress(address, `${SECRET}x`)).toBeNull();
    expect(readBounceAddress(address.replace(/[0-9a-f](?=@)/, "x"), SECRET)).toBeNull();
    expect(readBounceAddress("bounces@b.example", SECRET)).toBeNull();
  });
});

describe("bounce configuration", () => {
  const attempt = (vars: Record<string, string>) => () => getEnv({ NODE_ENV: "test", ...vars });

  it("refuses a BOUNCE_ADDRESS that would not leave room for the token, or has a +", () => {
    expect(attempt({ BOUNCE_ADDRESS: "bounces-uutiskirje1@b.example" })).toThrow(
      /BOUNCE_ADDRESS: .*at most 18 characters/,
    );
    expect(attempt({ BOUNCE_ADDRESS: "bounces+x@b.example" })).toThrow(/BOUNCE_ADDRESS/);
    expect(attempt({ BOUNCE_ADDRESS: "bounces@b.example" })).not.toThrow();
  });

  it("refuses a BOUNCE_IMAP_URL that is not imap:// or imaps://", () => {
    expect(attempt({ BOUNCE_IMAP_URL: "pop3://u:p@h/INBOX" })).toThrow(/^[\s\S]*BOUNCE_IMAP_URL:/);
    expect(attempt({ BOUNCE_IMAP_URL: "imaps://u:p@imap.example.fi:993/INBOX" })).not.toThrow();
  });
});
