import { execFileSync, spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { parseNewsletterArgs } from "@/scripts/cli/newsletter-args";

describe("parseNewsletterArgs", () => {
  it("reads calendar with a month", () => {
    expect(parseNewsletterArgs(["calendar", "2024-12"])).toEqual({
      success: true,
      data: { command: "calendar", month: "2024-12" },
    });
  });

  it("reads preview with a date and comma-separated topics", () => {
    expect(
      parseNewsletterArgs(["preview", "--date", "2023-10-02", "--topics", "juridiikka,verotus"]),
    ).toEqual({
      success: true,
      data: {
        command: "preview",
        date: "2023-10-02",
        topics: ["juridiikka", "verotus"],
        weekly: false,
      },
    });
    expect(parseNewsletterArgs(["preview", "--date", "2023-10-06", "--weekly"])).toMatchObject({
      success: true,
      data: { weekly: true },
    });
  });

  it("reads send with optional date and dry run", () => {
    expect(parseNewsletterArgs(["send"])).toEqual({
      success: true,
      data: { command: "send", dryRun: false },
    });
    expect(parseNewsletterArgs(["send", "--date", "2023-10-02", "--dry-run"])).toEqual({
      success: true,
      data: { command: "send", date: "2023-10-02", dryRun: true },
    });
  });

  it("reads test-send with a date, each address checked and kept once, and optional topics", () => {
    expect(
      parseNewsletterArgs([
        "test-send",
        "--date",
        "2023-10-02",
        "--to",
        " toimitus@example.fi, Kollega@Esimerkki.FI,TOIMITUS@example.fi ",
        "--topics",
        "verotus",
      ]),
    ).toEqual({
      success: true,
      data: {
        command: "test-send",
        date: "2023-10-02",
        to: ["toimitus@example.fi", "Kollega@esimerkki.fi"],
        topics: ["verotus"],
        weekly: false,
      },
    });
  });

  it("reads test-send --weekly: the week's digest", () => {
    expect(
      parseNewsletterArgs([
        "test-send",
        "--date",
        "2023-10-06",
        "--to",
        "a@example.fi",
        "--weekly",
      ]),
    ).toMatchObject({ success: true, data: { command: "test-send", weekly: true } });
  });

  it("refuses --weekly, --topics and --to on send: every reader gets their own letter", () => {
    for (const extra of [["--weekly"], ["--topics", "talous"], ["--to", "a@example.fi"]]) {
      expect(parseNewsletterArgs(["send", ...extra])).toMatchObject({ success: false });
    }
    expect(parseNewsletterArgs(["send", "--weekly"])).toMatchObject({
      error: expect.stringContaining("send: takes no --weekly"),
    });
  });

  it("refuses a test-send without --to or --date, and any address the sign-up would refuse", () => {
    const refused = (...args: string[]) =>
      parseNewsletterArgs(["test-send", "--date", "2023-10-02", ...args]);
    expect(refused()).toEqual({
      success: false,
      error: "test-send: --to ADDRESS[,ADDRESS…] is required",
    });
    expect(parseNewsletterArgs(["test-send", "--to", "a@example.fi"]).success).toBe(false);
    for (const to of [
      "a@example.fi\r\nBcc: b@example.fi",
      "a@example.fi\nb@example.fi",
      '"a,b"@example.fi',
      "a@example.fi; b@example.fi",
      "ei-osoite",
      "<a@example.fi>",
    ])
      expect(refused("--to", to).success, to).toBe(false);
    const many = Array.from({ length: 21 }, (_, i) => `t${i}@example.fi`).join(",");
    expect(refused("--to", many)).toMatchObject({ success: false });
    expect(parseNewsletterArgs(["send", "--to", "a@example.fi"]).success).toBe(false);
  });

  it("reads bounces, which takes no options, and status, which takes --json", () => {
    expect(parseNewsletterArgs(["bounces"])).toEqual({
      success: true,
      data: { command: "bounces" },
    });
    expect(parseNewsletterArgs(["status"])).toEqual({
      success: true,
      data: { command: "status", json: false },
    });
    expect(parseNewsletterArgs(["status", "--json"])).toEqual({
      success: true,
      data: { command: "status", json: true },
    });
    expect(parseNewsletterArgs(["status", "--dry-run"])).toEqual({
      success: false,
      error: "status: takes no options but --json (got --dry-run)",
    });
    expect(parseNewsletterArgs(["bounces", "--json"])).toMatchObject({ success: false });
    expect(parseNewsletterArgs(["bounces", "INBOX"])).toEqual({
      success: false,
      error: 'bounces: unexpected argument "INBOX"',
    });
  });

  it.each([
    [["calendar", "2024-13"], /calendar: expected a month YYYY-MM, got "2024-13"/],
    [["preview", "--topics", "juridiikka"], /--date YYYY-MM-DD is required/],
    [
      ["preview", "--date", "2023-02-30"],
      /--date: expected a calendar day YYYY-MM-DD, got "2023-02-30"/,
    ],
    [["preview", "--date", "2023-10-02", "--topics", "urheilu"], /unknown topic "urheilu"/],
    [["send", "--dat", "2023-10-02"], /Unknown option '--dat'/],
    [["send", "tomorrow"], /unexpected argument "tomorrow"/],
    [["mail"], /unknown command "mail"/],
    [[], /no command given/],
  ])("rejects %j with a message naming the problem", (argv, message) => {
    const result = parseNewsletterArgs(argv);
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error).toMatch(message);
  });
});

describe("npm run newsletter", () => {
  const cli = (...args: string[]) =>
    spawnSync("npx", ["tsx", "--conditions=react-server", "scripts/newsletter.ts", ...args], {
      encoding: "utf8",
    });

  it("prints a month's issue days one ISO date per line", () => {
    const out = execFileSync(
      "npx",
      ["tsx", "--conditions=react-server", "scripts/newsletter.ts", "calendar", "2024-06"],
      {
        encoding: "utf8",
      },
    );
    const days = out.trim().split("\n");
    expect(days).toHaveLength(19);
    expect(days).not.toContain("2024-06-21");
    expect(days[0]).toBe("2024-06-03");
  });

  it("exits with status 2 and the usage on bad arguments", () => {
    const result = cli("calendar", "06/2024");
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("Usage:");
    expect(result.stdout).toBe("");
  });

  it("previews the law reader's issue of 2.10.2023 as HTML", () => {
    const result = cli("preview", "--date", "2023-10-02", "--topics", "juridiikka");
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^<!DOCTYPE html>/);
    expect(result.stdout).toContain("Rikoksentorjuntakilpailun voitti");
  });

  it("previews the week's digest on its day, and says when a day has none", () => {
    const result = cli("preview", "--date", "2023-10-06", "--weekly");
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("Viikon uutiset 2.–6.10.2023");
    expect(result.stdout).toContain("Rikoksentorjuntakilpailun voitti");
    const thursday = cli("preview", "--date", "2023-10-05", "--weekly");
    expect(thursday.stdout).toBe("");
    expect(thursday.stderr).toContain("No weekly digest for 2023-10-05");
  });
});
