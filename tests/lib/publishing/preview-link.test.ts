import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { signToken } from "@/lib/signed-token";
import { subscriberToken } from "@/lib/subscription/tokens";
import { article, makeContentDir } from "@/tests/helpers/content-dir";

const SECRET = "p".repeat(40);
const NOW = Date.parse("2026-03-10T12:00:00Z");
const DAY = 24 * 60 * 60_000;

// Preview links on real files: a draft and an article dated ahead are shown to the link and
// to nothing public; a link altered, expired, signed with another key or for another purpose
// shows nothing.
describe("preview links", () => {
  const content = makeContentDir({
    "uutiset/2026/huominen.md": article({
      title: "Huominen",
      slug: "huominen",
      date: "2026-03-11",
    }),
    "uutiset/2026/luonnos.md": article({ title: "Luonnos", slug: "luonnos", draft: "true" }),
    "uutiset/2026/vanha.md": article({ title: "Vanha", slug: "vanha", date: "2026-03-01" }),
  });
  let preview: typeof import("@/lib/publishing/preview-link");
  let articles: typeof import("@/lib/content/articles");
  let servable: typeof import("@/lib/publishing/servable-path");

  beforeAll(async () => {
    vi.stubEnv("CONTENT_DIR", content.dir);
    vi.stubEnv("NODE_ENV", "production");
    vi.resetModules();
    delete (globalThis as { __articleCache?: unknown }).__articleCache;
    preview = await import("@/lib/publishing/preview-link");
    articles = await import("@/lib/content/articles");
    servable = await import("@/lib/publishing/servable-path");
  });
  afterAll(() => {
    vi.unstubAllEnvs();
    delete (globalThis as { __articleCache?: unknown }).__articleCache;
    content.cleanup();
  });

  const file = (name: string) => path.join(content.dir, "uutiset/2026", name);
  const tokenOf = (name: string, days = 7, now = NOW) =>
    preview.previewPath(SECRET, preview.articleFileKey(file(name))!, now, days).split("/")[2]!;

  it("names an article by its file under the articles folder, and nothing outside it", () => {
    expect(preview.articleFileKey(file("huominen.md"))).toBe("2026/huominen.md");
    expect(preview.articleFileKey(path.join(content.dir, "kilpailut/2026.md"))).toBeNull();
    expect(preview.articleFileKey("/etc/passwd")).toBeNull();
  });

  it("shows an article dated tomorrow, whose public address is still not servable", () => {
    const found = preview.findPreview(SECRET, tokenOf("huominen.md"), NOW);
    expect(found?.article.title).toBe("Huominen");
    expect(found?.expiresAt).toBe(Math.floor((NOW + 7 * DAY) / 1000) * 1000);
    expect(articles.getArticleBySlug(2026, "huominen", NOW)).toBeNull();
    vi.useFakeTimers({ toFake: ["Date"], now: NOW }); // the proxy asks the clock itself
    try {
      expect(servable.isServablePath("/uutiset/2026/huominen")).toBe(false);
    } finally {
      vi.useRealTimers();
    }
  });

  it("shows a draft, which no public list holds", () => {
    expect(preview.findPreview(SECRET, tokenOf("luonnos.md"), NOW)?.article.draft).toBe(true);
    expect(articles.getAllArticles(NOW).map((a) => a.slug)).toEqual(["vanha"]);
  });

  it("says when the article has gone live since, so the link can lead to its public page", () => {
    const token = tokenOf("huominen.md");
    expect(preview.findPreview(SECRET, token, NOW)?.published).toBe(false);
    const midnight = Date.parse("2026-03-10T22:00:00Z"); // 00:00 Helsinki on the 11th
    expect(preview.findPreview(SECRET, token, midnight - 1)?.published).toBe(false);
    expect(preview.findPreview(SECRET, token, midnight)?.published).toBe(true);
    expect(preview.findPreview(SECRET, tokenOf("luonnos.md"), midnight)?.published).toBe(false);
  });

  it("refuses a link once it has expired, to the second", () => {
    const token = tokenOf("huominen.md", 1);
    expect(preview.findPreview(SECRET, token, NOW + DAY - 1000)).not.toBeNull();
    expect(preview.findPreview(SECRET, token, NOW + DAY)).toBeNull();
  });

  it("refuses a link whose article, expiry or signature was altered", () => {
    const [subject, exp, sig] = tokenOf("huominen.md").split(".") as [string, string, string];
    const other = Buffer.from("2026/luonnos.md").toString("base64url");
    const later = (parseInt(exp, 36) + 86_400).toString(36);
    for (const token of [
      `${other}.${exp}.${sig}`,
      `${subject}.${later}.${sig}`,
      `${subject}.${exp}.${sig.slice(0, -2)}AA`,
      `${subject}.${exp}`,
      "",
      "../../etc/passwd",
    ])
      expect(preview.findPreview(SECRET, token, NOW)).toBeNull();
  });

  it("refuses a link signed with another secret, or made for another purpose", () => {
    expect(preview.findPreview("q".repeat(40), tokenOf("huominen.md"), NOW)).toBeNull();
    const subject = Buffer.from("2026/huominen.md").toString("base64url");
    const manage = signToken(SECRET, { purpose: "manage", subject, expiresAt: NOW + DAY });
    expect(preview.findPreview(SECRET, manage, NOW)).toBeNull();
    const unsubscribe = subscriberToken(SECRET, "unsubscribe", { id: 1, tokenVersion: 1 }, NOW);
    expect(preview.findPreview(SECRET, unsubscribe, NOW)).toBeNull();
  });

  it("shows nothing for a signed link to a file that holds no article in this build", () => {
    const token = preview.previewPath(SECRET, "2026/poistettu.md", NOW, 7).split("/")[2]!;
    expect(preview.findPreview(SECRET, token, NOW)).toBeNull();
  });
});
