import path from "node:path";
import { getEnv } from "../env";
import { helsinkiToday } from "./dates";
import { loadArticles, publishedArticles, type Article, type LoadOptions } from "./loader";
import { markdownToHtml, type RenderedMarkdown } from "./markdown";
import { readSnapshot } from "./snapshot";
import type { MainTopic } from "./taxonomy";

export { checkArticles, loadArticles, type Article, type LoadOptions } from "./loader";

type Cache = {
  key: string;
  articles: Article[];
  html: Map<string, RenderedMarkdown>;
  derived: Map<string, unknown>;
};
const globalCache = globalThis as typeof globalThis & { __articleCache?: Cache };

// Where the content check leaves what it read for the build (see ./snapshot.ts).
export function contentSnapshotFile(): string {
  return path.join(getEnv().NEXT_DIST_DIR, "cache", "content-snapshot.json");
}

// Gives the articles of a production build: from the content check's snapshot when no file has
// changed since, so each Markdown file is read once per build, not once per build worker.
function loadForBuild(options: LoadOptions, trace: boolean): Article[] {
  const checked = readSnapshot(contentSnapshotFile(), options.dir);
  if (!checked) return loadArticles(options);
  if (trace) console.log(`[content] pid ${process.pid} took the content check's snapshot`);
  return publishedArticles(checked, options);
}

// Gives every published article, newest first, loaded once per process (a build reads each
// file once however many pages and workers use it).
export function getAllArticles(): Article[] {
  const env = getEnv();
  const options: LoadOptions = {
    dir: path.join(env.CONTENT_DIR, "uutiset"),
    includeDrafts: env.NODE_ENV === "development",
    today: helsinkiToday(),
  };
  // In development an edited file shows up within two seconds; a build reads once.
  const epoch = env.NODE_ENV === "development" ? Math.floor(Date.now() / 2000) : 0;
  const key = JSON.stringify({ ...options, epoch });
  if (globalCache.__articleCache?.key !== key) {
    const articles =
      env.NODE_ENV === "production"
        ? loadForBuild(options, env.CONTENT_TRACE)
        : loadArticles(options);
    if (env.CONTENT_TRACE)
      console.log(`[content] pid ${process.pid} loaded ${articles.length} articles`);
    globalCache.__articleCache = { key, articles, html: new Map(), derived: new Map() };
  }
  return globalCache.__articleCache.articles;
}

// Gives a value computed from the articles once per load: a build renders thousands of pages
// and each asks for the same indexes and counts.
function derived<T>(name: string, compute: (articles: Article[]) => T): T {
  const articles = getAllArticles();
  const cache = globalCache.__articleCache!.derived;
  if (!cache.has(name)) cache.set(name, compute(articles));
  return cache.get(name) as T;
}

// Gives the article at /uutiset/year/slug, or null.
export function getArticleBySlug(year: number, slug: string): Article | null {
  const byPath = derived("byPath", (all) => new Map(all.map((a) => [a.path, a])));
  return byPath.get(`/uutiset/${year}/${slug}`) ?? null;
}

// Gives the article that used to live at /uutiset/year/slug (its `aliases`), or null.
export function getArticleByAlias(year: number, slug: string): Article | null {
  const alias = `/uutiset/${year}/${slug}`;
  return getAllArticles().find((a) => a.aliases?.includes(alias)) ?? null;
}

// Gives the [year]/[slug] params of every article address, current ones and aliases.
export function getArticleParams(): { year: string; slug: string }[] {
  return getAllArticles().flatMap((a) => [
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
