import path from "node:path";
import { getEnv } from "../env";
import { helsinkiToday, yearOf } from "./dates";
import { ContentError, readMarkdownFiles } from "./files";
import { parseFrontMatter } from "./front-matter";
import { markdownToHtml, type RenderedMarkdown } from "./markdown";
import { articleFrontMatterSchema, describeIssues, type ArticleFrontMatter } from "./schema";
import { slugify } from "./slug";
import { findTopic, type MainTopic, MAIN_TOPICS } from "./taxonomy";

export type Article = Omit<ArticleFrontMatter, "slug" | "draft"> & {
  slug: string;
  year: number;
  path: string;
  file: string;
  draft: boolean;
  mainTopics: MainTopic[];
  readingMinutes: number;
  body: string;
};

export type LoadOptions = { dir: string; includeDrafts: boolean; today: string };

const WORDS_PER_MINUTE = 170;

function countWords(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

function toArticle(file: string, data: ArticleFrontMatter, body: string): Article {
  const slug = data.slug ?? slugify(data.title);
  const year = yearOf(data.date);
  const mainTopics = MAIN_TOPICS.filter((main) =>
    data.topics.some((topic) => findTopic(topic)?.main === main),
  );
  const words = countWords(`${data.title} ${data.lead} ${body}`);
  return {
    ...data,
    slug,
    year,
    path: `/uutiset/${year}/${slug}`,
    file,
    draft: data.draft ?? false,
    mainTopics,
    readingMinutes: Math.max(1, Math.round(words / WORDS_PER_MINUTE)),
    body,
  };
}

// Gives the published articles under options.dir, newest first; throws a ContentError that
// lists every problem in every file ("file: field: message") when any file is invalid.
export function loadArticles(options: LoadOptions): Article[] {
  const problems: string[] = [];
  const articles: Article[] = [];
  for (const { file, raw } of readMarkdownFiles(options.dir)) {
    const parsed = parseFrontMatter(raw);
    if (!parsed.ok) {
      problems.push(`${file}: ${parsed.problem}`);
      continue;
    }
    const result = articleFrontMatterSchema.safeParse(parsed.data);
    if (!result.success) {
      problems.push(...describeIssues(result.error).map((line) => `${file}: ${line}`));
      continue;
    }
    if (!result.data.slug && !slugify(result.data.title)) {
      problems.push(`${file}: slug: the title gives no ASCII slug; set slug`);
      continue;
    }
    articles.push(toArticle(file, result.data, parsed.body));
  }
  const byPath = new Map<string, string>();
  for (const article of articles) {
    for (const key of [article.path, ...(article.aliases ?? [])]) {
      const other = byPath.get(key);
      if (other) problems.push(`${article.file}: slug: ${key} is already used by ${other}`);
      else byPath.set(key, article.file);
    }
  }
  if (problems.length) throw new ContentError(problems);
  return articles
    .filter((article) => options.includeDrafts || !article.draft)
    .filter((article) => article.date <= options.today)
    .sort((a, b) => b.date.localeCompare(a.date) || a.title.localeCompare(b.title, "fi"));
}

type Cache = { key: string; articles: Article[]; html: Map<string, RenderedMarkdown> };
const globalCache = globalThis as typeof globalThis & { __articleCache?: Cache };

// Gives every published article, newest first, read once per process (a build reads each
// file once however many pages use it).
export function getAllArticles(): Article[] {
  const env = getEnv();
  const options: LoadOptions = {
    dir: path.join(env.CONTENT_DIR, "uutiset"),
    includeDrafts: env.NODE_ENV === "development",
    today: helsinkiToday(),
  };
  const key = JSON.stringify(options);
  if (globalCache.__articleCache?.key !== key) {
    globalCache.__articleCache = { key, articles: loadArticles(options), html: new Map() };
  }
  return globalCache.__articleCache.articles;
}

// Gives the article at /uutiset/year/slug, or null.
export function getArticleBySlug(year: number, slug: string): Article | null {
  return getAllArticles().find((a) => a.year === year && a.slug === slug) ?? null;
}

// Gives the article's sanitized body HTML and outline, rendered once per process.
export function getArticleHtml(article: Article): RenderedMarkdown {
  const cache = globalCache.__articleCache?.html ?? new Map<string, RenderedMarkdown>();
  let rendered = cache.get(article.path);
  if (!rendered) {
    rendered = markdownToHtml(article.body);
    cache.set(article.path, rendered);
  }
  return rendered;
}

// Gives the articles that belong to a main topic or subtopic, newest first.
export function getArticlesByTopic(topic: string): Article[] {
  return getAllArticles().filter(
    (a) => a.topics.includes(topic) || a.mainTopics.includes(topic as MainTopic),
  );
}

// Gives the articles of one year, newest first.
export function getArticlesByYear(year: number): Article[] {
  return getAllArticles().filter((a) => a.year === year);
}

// Gives each year that has articles with its count, newest year first.
export function getYearCounts(): { year: number; count: number }[] {
  const counts = new Map<number, number>();
  for (const a of getAllArticles()) counts.set(a.year, (counts.get(a.year) ?? 0) + 1);
  return [...counts].map(([year, count]) => ({ year, count })).sort((a, b) => b.year - a.year);
}

// Gives up to `limit` newer-first articles sharing a main topic with `article`.
export function getRelatedArticles(article: Article, limit = 3): Article[] {
  return getAllArticles()
    .filter((a) => a !== article && a.mainTopics.some((t) => article.mainTopics.includes(t)))
    .slice(0, limit);
}
