import path from "node:path";
import { getEnv } from "../env";
import { helsinkiToday } from "./dates";
import { ContentError } from "./files";
import { checkArticles, publishedArticles, type Article } from "./loader";
import { markdownToHtml, type RenderedMarkdown } from "./markdown";
import { readSnapshot } from "./snapshot";
import type { MainTopic } from "./taxonomy";

export { checkArticles, loadArticles, type Article, type LoadOptions } from "./loader";

type Cache = {
  dir: string;
  epoch: number;
  checked: Article[]; // every valid article, drafts and future ones included
  today: string;
  articles: Article[]; // the ones published on `today`
  html: Map<string, RenderedMarkdown>;
  derived: Map<string, unknown>;
};
const globalCache = globalThis as typeof globalThis & { __articleCache?: Cache };

// Where the content check leaves what it read for the build (see ./snapshot.ts).
export function contentSnapshotFile(): string {
  return path.join(getEnv().NEXT_DIST_DIR, "cache", "content-snapshot.json");
}

// Gives every valid article under dir, future ones included. A production build (and the server
// it made) takes the content check's snapshot when no file has changed since, so each Markdown
// file is read once per build, not once per build worker; throws a ContentError otherwise.
function loadCheckedArticles(dir: string, production: boolean, trace: boolean): Article[] {
  const snapshot = production ? readSnapshot(contentSnapshotFile(), dir) : null;
  if (snapshot) {
    if (trace) console.log(`[content] pid ${process.pid} took the content check's snapshot`);
    return snapshot;
  }
  const { articles, problems } = checkArticles(dir);
  if (problems.length) throw new ContentError(problems);
  return articles;
}

// Gives every article published at `now` (see ./publication.ts), newest first. The files are
// loaded once per process and filtered again only when the Helsinki day changes, so a running
// server shows the day's articles from 00:00 without a rebuild, and a call costs one date
// format and two comparisons: cheap enough for every request.
export function getAllArticles(now: number = Date.now()): Article[] {
  const env = getEnv();
  const today = helsinkiToday(new Date(now));
  // In development an edited file shows up within two seconds; a build reads once.
  const epoch = env.NODE_ENV === "development" ? Math.floor(now / 2000) : 0;
  let cache = globalCache.__articleCache;
  if (cache?.today === today && cache.epoch === epoch && cache.dir === env.CONTENT_DIR) {
    return cache.articles;
  }
  const dir = path.join(env.CONTENT_DIR, "uutiset");
  const sameFiles = cache?.dir === env.CONTENT_DIR && cache.epoch === epoch;
  const checked = sameFiles
    ? cache!.checked
    : loadCheckedArticles(dir, env.NODE_ENV === "production", env.CONTENT_TRACE);
  const includeDrafts = env.NODE_ENV === "development";
  const articles = publishedArticles(checked, { dir, includeDrafts, today });
  if (env.CONTENT_TRACE)
    console.log(`[content] pid ${process.pid} loaded ${articles.length} articles`);
  cache = {
    dir: env.CONTENT_DIR,
    epoch,
    checked,
    today,
    articles,
    // Rendered bodies stay valid across days; only the same files' renders are kept.
    html: sameFiles ? cache!.html : new Map(),
    derived: new Map(),
  };
  globalCache.__articleCache = cache;
  return articles;
}

// Gives the articles published at `now` without drafts, whatever NODE_ENV says: what a letter
// may hold. `npm run dev` shows drafts to the writer, but the newsletter commands run from a
// shell or cron where NODE_ENV is usually unset, which lib/env reads as development.
export function getMailableArticles(now: number = Date.now()): Article[] {
  return getAllArticles(now).filter((article) => !article.draft);
}

// Gives every valid article, drafts and those dated ahead included. Only a signed preview link
// asks for these (lib/publishing/preview-link.ts); everything public takes getAllArticles().
export function getCheckedArticles(now: number = Date.now()): readonly Article[] {
  getAllArticles(now);
  return globalCache.__articleCache!.checked;
}

// Gives a value computed from the articles once per load: a build renders thousands of pages
// and each asks for the same indexes and counts.
function derived<T>(name: string, compute: (articles: Article[]) => T, now = Date.now()): T {
  const articles = getAllArticles(now);
  const cache = globalCache.__articleCache!.derived;
  if (!cache.has(name)) cache.set(name, compute(articles));
  return cache.get(name) as T;
}

// Gives the article at /uutiset/year/slug when it is published at `now`, or null.
export function getArticleBySlug(year: number, slug: string, now = Date.now()): Article | null {
  const byPath = derived("byPath", (all) => new Map(all.map((a) => [a.path, a])), now);
  return byPath.get(`/uutiset/${year}/${slug}`) ?? null;
}

// Gives the article that used to live at /uutiset/year/slug (its `aliases`), or null.
export function getArticleByAlias(year: number, slug: string): Article | null {
  const byAlias = derived(
    "byAlias",
    (all) => new Map(all.flatMap((a) => (a.aliases ?? []).map((alias) => [alias, a] as const))),
  );
  return byAlias.get(`/uutiset/${year}/${slug}`) ?? null;
}

// Gives the newest ARTICLE_PRERENDER_COUNT published articles: the ones a build prerenders.
export function getNewestArticles(): Article[] {
  return getAllArticles().slice(0, getEnv().ARTICLE_PRERENDER_COUNT);
}

// Gives the [year]/[slug] params prerendered at build time: the newest `count` articles'
// addresses, current ones and aliases. Older ones render on first request (see
// docs/publishing.md), so the build costs the same however long the archive grows.
export function getArticleParams(): { year: string; slug: string }[] {
  return getNewestArticles().flatMap((a) => [
    { year: String(a.year), slug: a.slug },
    ...(a.aliases ?? []).map((alias) => {
      const [, , year = "", slug = ""] = alias.split("/");
      return { year, slug };
    }),
  ]);
}

// Gives the article's sanitized body HTML and outline, rendered once per process.
export function getArticleHtml(article: Article): RenderedMarkdown {
  const cache = globalCache.__articleCache?.html ?? new Map<string, RenderedMarkdown>();
  let rendered = cache.get(article.path);
  if (!rendered) {
    rendered = markdownToHtml(article.body);
    if (getEnv().CONTENT_TRACE)
      console.log(`[content] pid ${process.pid} rendered ${article.path}`);
    cache.set(article.path, rendered);
  }
  return rendered;
}

// Gives the articles that belong to a main topic or subtopic, newest first.
export function getArticlesByTopic(topic: string): Article[] {
  return derived(`topic:${topic}`, (all) =>
    all.filter((a) => a.topics.includes(topic) || a.mainTopics.includes(topic as MainTopic)),
  );
}

// Gives the articles of one year, newest first.
export function getArticlesByYear(year: number): Article[] {
  return derived(`year:${year}`, (all) => all.filter((a) => a.year === year));
}

// Gives each year that has articles with its count, newest year first.
export function getYearCounts(): { year: number; count: number }[] {
  return derived("yearCounts", (all) => {
    const counts = new Map<number, number>();
    for (const a of all) counts.set(a.year, (counts.get(a.year) ?? 0) + 1);
    return [...counts].map(([year, count]) => ({ year, count })).sort((a, b) => b.year - a.year);
  });
}

// Gives up to `limit` newer-first articles sharing a main topic with `article`.
export function getRelatedArticles(article: Article, limit = 3): Article[] {
  const related: Article[] = [];
  for (const a of getAllArticles()) {
    if (related.length === limit) break;
    if (a !== article && a.mainTopics.some((t) => article.mainTopics.includes(t))) related.push(a);
  }
  return related;
}
