import { existsSync } from "node:fs";
import path from "node:path";
import { yearOf } from "./dates";
import { ContentError, readMarkdownFiles } from "./files";
import { isPublishedOn } from "./publication";
import { parseFrontMatter } from "./front-matter";
import { articleFrontMatterSchema, describeIssues, type ArticleFrontMatter } from "./schema";
import { RESERVED_SLUGS, slugify } from "./slug";
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
// Article images are served from public/ (front matter names them as /kuvat/x.jpg).
const PUBLIC_DIR = "public";

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

// Gives every valid article under dir (drafts and future ones included) and one
// "file: field: message" line per problem, every file checked.
export function checkArticles(dir: string): { articles: Article[]; problems: string[] } {
  const problems: string[] = [];
  const articles: Article[] = [];
  for (const { file, raw } of readMarkdownFiles(dir)) {
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
    const slug = result.data.slug ?? slugify(result.data.title);
    if (!slug) {
      problems.push(`${file}: slug: the title gives no ASCII slug; set slug`);
      continue;
    }
    if (RESERVED_SLUGS.has(slug)) {
      problems.push(`${file}: slug: "${slug}" is reserved for listing pages; set another slug`);
      continue;
    }
    const image = result.data.image?.src;
    if (image && !existsSync(path.join(PUBLIC_DIR, image))) {
      problems.push(`${file}: image.src: no file ${path.join(PUBLIC_DIR, image)}`);
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
  return { articles, problems };
}

// Gives the published articles under options.dir, newest first; throws a ContentError that
// lists every problem in every file ("file: field: message") when any file is invalid.
export function loadArticles(options: LoadOptions): Article[] {
  const { articles, problems } = checkArticles(options.dir);
  if (problems.length) throw new ContentError(problems);
  return publishedArticles(articles, options);
}

// Gives the checked articles a reader may see (no drafts unless asked, none not yet published
// on `today`, see ./publication.ts), newest first.
export function publishedArticles(articles: readonly Article[], options: LoadOptions): Article[] {
  return articles
    .filter((article) => options.includeDrafts || !article.draft)
    .filter((article) => isPublishedOn(article.date, options.today))
    .sort((a, b) => b.date.localeCompare(a.date) || a.title.localeCompare(b.title, "fi"));
}
