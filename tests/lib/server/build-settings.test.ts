import { describe, expect, it } from "vitest";
import { getEnv, settingsToBake } from "@/lib/env";
import { buildSettingsMismatch, checkBuildSettings } from "@/lib/server/build-settings";

const env = (vars: Record<string, string>) => getEnv({ NODE_ENV: "production", ...vars });
const BUILT = settingsToBake({ SITE_URL: "http://localhost:3000", HSTS: "on" });

describe("checkBuildSettings", () => {
  it("lets a server start with the SITE_URL and HSTS its build was made with", () => {
    expect(() => checkBuildSettings(env({}), BUILT)).not.toThrow();
    expect(() =>
      checkBuildSettings(env({ SITE_URL: "http://localhost:3000/" }), BUILT),
    ).not.toThrow();
  });

  it("refuses another SITE_URL, naming the build's and the server's", () => {
    expect(() =>
      checkBuildSettings(env({ SITE_URL: "https://uutiskirje.example" }), BUILT),
    ).toThrow(
      "SITE_URL: the build used http://localhost:3000, this server has https://uutiskirje.example",
    );
  });

  it("refuses another HSTS choice, which the build's headers carry", () => {
    expect(buildSettingsMismatch(BUILT, env({ HSTS: "off" }))).toEqual([
      "HSTS: the build used on, this server has off",
    ]);
  });

  it("has nothing to compare outside a build's code (CLI scripts, tests)", () => {
    expect(buildSettingsMismatch(undefined, env({ SITE_URL: "https://muu.example" }))).toEqual([]);
  });
});
