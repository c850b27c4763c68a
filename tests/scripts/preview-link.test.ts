import { spawnSync } from "node:child_process";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { readPreviewToken } from "@/lib/publishing/preview-link";
import { article, makeContentDir } from "../helpers/content-dir";

const ROOT = path.resolve(import.meta.dirname, "../..");
const SECRET = "preview-cli-secret-0123456789abcdef0123";
const DAY = 24 * 60 * 60_000;

describe("npm run preview-link", () => {
  const content = makeContentDir({
    "uutiset/2099/tuleva.md": article({ title: "Tuleva", slug: "tuleva", date: "2099-01-01" }),
    "uutiset/2099/rikki.md": article({ date: "2099-02-30" }),
  });
  afterAll(() => content.cleanup());

  const run = (...args: string[]) =>
    spawnSync(process.execPath, ["--import", "tsx", "scripts/preview-link.ts", ...args], {
      cwd: ROOT,
      env: {
        ...process.env,
        CONTENT_DIR: content.dir,
        SITE_URL: "https://uutiskirje.example",
        TOKEN_SECRET: SECRET,
        NODE_ENV: "production",
      },
      encoding: "utf8",
    });
  const file = (name: string) => path.join(content.dir, "uutiset/2099", name);

  it("prints one link of the site, signed for that file, valid for the days asked", () => {
    const started = Date.now();
    const result = run(file("tuleva.md"), "--days", "3");
    expect(result.status).toBe(0);
    const url = result.stdout.trim();
    expect(url).toMatch(/^https:\/\/uutiskirje\.example\/esikatselu\/[\w-]+\.[0-9a-z]+\.[\w-]+$/);
    const read = readPreviewToken(SECRET, url.split("/").at(-1)!, started);
    expect(read?.fileKey).toBe("2099/tuleva.md");
    expect(read!.expiresAt).toBeGreaterThan(started + 3 * DAY - 2000);
    expect(read!.expiresAt).toBeLessThanOrEqual(Date.now() + 3 * DAY);
    expect(result.stderr).toContain("published torstai 1.1.2099 at 00:00 Helsinki time");
  });

  it("lasts a week unless asked", () => {
    const url = run(file("tuleva.md")).stdout.trim();
    const read = readPreviewToken(SECRET, url.split("/").at(-1)!, Date.now());
    expect(Math.round((read!.expiresAt - Date.now()) / DAY)).toBe(7);
  });

  it("refuses a file outside the articles, an article the build would refuse, and bad days", () => {
    const outside = run(path.join(ROOT, "README.md"));
    expect(outside.status).toBe(2);
    expect(outside.stderr).toContain("is not a Markdown file under");
    const broken = run(file("rikki.md"));
    expect(broken.status).toBe(1);
    expect(broken.stderr).toContain("date: 2099-02-30 is not a real calendar day");
    for (const days of ["0", "91", "1.5", "viikko"]) {
      const bad = run(file("tuleva.md"), "--days", days);
      expect(bad.status).toBe(2);
      expect(bad.stdout).toBe("");
    }
  });
});
