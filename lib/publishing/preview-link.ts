// Preview links: a signed address that shows one article as it will look, before it is
// published (dated ahead, or `draft: true`), to whoever has the link and to nobody else. The
// link names the article's file and an expiry, signed with TOKEN_SECRET (lib/signed-token.ts),
// so every instance of the site reads it alike and nothing is stored. Its page,
// app/esikatselu/[token], renders on every request and is never cached; the article's public
// address still answers 404 until its publish moment (proxy.ts, ./servable-path.ts).
import path from "node:path";
import { getCheckedArticles, type Article } from "../content/articles";
import { isPublished } from "../content/publication";
import { getEnv } from "../env";
import { signToken, verifyToken } from "../signed-token";

export const PREVIEW_BASE = "/esikatselu";
const PURPOSE = "preview";
const DAY = 24 * 60 * 60_000;

// How long a link lasts, in days: a week unless asked, three months at most, so a link
// forwarded further does not show unpublished text for good.
export const PREVIEW_DAYS = { default: 7, max: 90 };

// Gives the identity a preview link names: the file's path under the articles folder
// ("2025/uusi-laki.md"), which stays when the title, slug or date is edited; null for a file
// outside that folder.
export function articleFileKey(file: string, contentDir = getEnv().CONTENT_DIR): string | null {
  const relative = path.relative(path.resolve(contentDir, "uutiset"), path.resolve(file));
  if (!relative || relative.startsWith("..") || path.isAbsolute(relative)) return null;
  return relative.split(path.sep).join("/");
}

// Gives the site-relative address of a preview of the article in `fileKey`, valid `days`.
export function previewPath(secret: string, fileKey: string, now: number, days: number): string {
  const subject = Buffer.from(fileKey, "utf8").toString("base64url");
  const token = signToken(secret, { purpose: PURPOSE, subject, expiresAt: now + days * DAY });
  return `${PREVIEW_BASE}/${token}`;
}

// Gives the file key and expiry a preview token names, or null when it is not one of ours,
// was altered, or has expired.
export function readPreviewToken(secret: string, token: string, now: number) {
  const check = verifyToken(secret, token, PURPOSE, now);
  if (!check.ok) return null;
  return { fileKey: Buffer.from(check.subject, "base64url").toString("utf8"), ...check };
}

// `published`: the article is public now (it went live since the link was made), so the link
// leads to its public page instead.
export type Preview = { article: Article; expiresAt: number; published: boolean };

// Gives the article a preview token shows, drafts and future ones included, or null (refused
// token, or no valid article in that file in this build).
export function findPreview(secret: string, token: string, now: number): Preview | null {
  const read = readPreviewToken(secret, token, now);
  if (!read) return null;
  const article = getCheckedArticles(now).find((a) => articleFileKey(a.file) === read.fileKey);
  if (!article) return null;
  const published = !article.draft && isPublished(article.date, now);
  return { article, expiresAt: read.expiresAt, published };
}
