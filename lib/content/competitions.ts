import path from "node:path";
import { getEnv } from "../env";
import { getAllArticles, type Article } from "./articles";
import {
  competitionOverviewSchema,
  competitionYearSchema,
  type CompetitionOverviewData,
  type CompetitionSource,
  type CompetitionYearData,
} from "./competition-schema";
import { ContentError, readMarkdownFiles } from "./files";
import { parseFrontMatter } from "./front-matter";
import { describeIssues } from "./schema";

export const COMPETITION_PATH = "/rikoksentorjuntakilpailu";
const OVERVIEW_FILE = "kilpailu";

type ArticleRef = Pick<Article, "slug" | "path" | "title">;
export type CompetitionYear = CompetitionYearData & {
  file: string;
  path: string;
  relatedArticles: ArticleRef[];
};
export type CompetitionOverview = CompetitionOverviewData & { file: string };
export type Competitions = { overview: CompetitionOverview | null; years: CompetitionYear[] };
export type CompetitionLoadOptions = { dir: string; articles: ArticleRef[] };

// Gives the overview (kilpailu.md) and every year (YYYY.md, newest first) under options.dir;
// throws a ContentError listing "file: field: message" for every problem in every file.
export function loadCompetitions(options: CompetitionLoadOptions): Competitions {
  const problems: string[] = [];
  const years: CompetitionYear[] = [];
  let overview: CompetitionOverview | null = null;
  for (const { file, raw } of readMarkdownFiles(options.dir)) {
    const name = path.basename(file, ".md");
    const parsed = parseFrontMatter(raw);
    const fail = (lines: string[]) => problems.push(...lines.map((line) => `${file}: ${line}`));
    if (!parsed.ok) fail([parsed.problem]);
    else if (parsed.body.trim()) {
      fail(["body: a competition file holds only front matter; write each fact with its sources"]);
    } else if (name === OVERVIEW_FILE) {
      const result = competitionOverviewSchema.safeParse(parsed.data);
      if (result.success) overview = { ...result.data, file };
      else fail(describeIssues(result.error));
    } else if (/^\d{4}$/.test(name)) {
      const result = competitionYearSchema.safeParse(parsed.data);
      if (!result.success) fail(describeIssues(result.error));
      else if (result.data.year !== Number(name)) fail(["year: does not match the file name"]);
      else if (years.some((y) => y.year === result.data.year)) fail(["year: is on file twice"]);
      else {
        const related = resolveArticles(result.data.articles ?? [], options.articles);
        fail(related.problems);
        years.push({
          ...result.data,
          file,
          path: yearPath(result.data.year),
          relatedArticles: related.found,
        });
      }
    } else fail([`file name: expected ${OVERVIEW_FILE}.md or a year such as 2023.md`]);
  }
  if (years.length > 0 && !overview) {
    problems.push(
      `${path.join(options.dir, `${OVERVIEW_FILE}.md`)}: missing (the competition page needs it)`,
    );
  }
  if (problems.length) throw new ContentError(problems);
  return { overview, years: years.sort((a, b) => b.year - a.year) };
}

function resolveArticles(slugs: string[], articles: ArticleRef[]) {
  const problems: string[] = [];
  const found: ArticleRef[] = [];
  slugs.forEach((slug, i) => {
    const matches = articles.filter((a) => a.slug === slug);
    if (matches.length === 1) found.push(matches[0]!);
    else
      problems.push(
        `articles.${i}: ${matches.length ? "more than one" : "no"} published article has the slug "${slug}"`,
      );
  });
  return { problems, found };
}

// Gives the page path of a competition year.
export function yearPath(year: number): string {
  return `${COMPETITION_PATH}/${year}`;
}

type Cache = { dir: string; articles: Article[]; competitions: Competitions };
const globalCache = globalThis as typeof globalThis & { __competitionCache?: Cache };

// Gives the competition content, read once per process and checked against the articles.
export function getCompetitions(): Competitions {
  const articles = getAllArticles();
  const dir = path.join(getEnv().CONTENT_DIR, "kilpailut");
  // getAllArticles is memoised, so the same array means the same articles.
  const cached = globalCache.__competitionCache;
  if (cached?.dir !== dir || cached.articles !== articles) {
    globalCache.__competitionCache = {
      dir,
      articles,
      competitions: loadCompetitions({ dir, articles }),
    };
  }
  return globalCache.__competitionCache!.competitions;
}

// Gives one competition year, or null when none is on file.
export function getCompetitionYear(year: number): CompetitionYear | null {
  return getCompetitions().years.find((y) => y.year === year) ?? null;
}

// Gives the newest year whose national winner is known.
export function getLatestResult(): CompetitionYear | null {
  return getCompetitions().years.find((y) => y.winner) ?? null;
}

// Gives the competition years that list the article as related, newest first.
export function getCompetitionYearsFor(article: Pick<Article, "path">): CompetitionYear[] {
  return getCompetitions().years.filter((y) =>
    y.relatedArticles.some((a) => a.path === article.path),
  );
}

// Gives the declared sources behind a list of source ids, in the order cited.
export function citedSources(
  doc: { sources: CompetitionSource[] },
  ids: string[],
): CompetitionSource[] {
  return ids.flatMap((id) => doc.sources.filter((s) => s.id === id));
}
