import { describe, expect, it } from "vitest";
import { getEnv as parse } from "@/lib/env";

const getEnv = (vars: Record<string, string>) => parse({ NODE_ENV: "production", ...vars });

describe("getEnv: the security settings", () => {
  it("reads ALLOWED_ORIGINS as a list of origins, empty by default", () => {
    expect(getEnv({}).ALLOWED_ORIGINS).toEqual([]);
    expect(
      getEnv({ ALLOWED_ORIGINS: "http://127.0.0.1:3210, https://esikatselu.example/" })
        .ALLOWED_ORIGINS,
    ).toEqual(["http://127.0.0.1:3210", "https://esikatselu.example"]);
  });

  it("refuses an ALLOWED_ORIGINS entry that is no origin, naming the variable", () => {
    for (const value of ["127.0.0.1:3210", "http://a.example/polku", "ftp://a.example", "*"]) {
      expect(() => getEnv({ ALLOWED_ORIGINS: value }), value).toThrow(
        /^Invalid[^]*ALLOWED_ORIGINS/,
      );
    }
  });

  it("has HSTS on by default and refuses anything but on or off", () => {
    expect(getEnv({}).HSTS).toBe("on");
    expect(getEnv({ HSTS: "off" }).HSTS).toBe("off");
    expect(() => getEnv({ HSTS: "false" })).toThrow("HSTS: HSTS must be on or off");
  });
});
