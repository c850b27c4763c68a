import type { Article } from "./articles";
import { ContentError } from "./files";

export type AliasRedirect = { source: string; destination: string; permanent: true };

// Paths the site itself serves: an alias there would hide a live page behind a redirect,
// because Next.js applies redirects before it looks for pages.
const SITE_ROUTES = [
  /^\/$/,
  /^\/uutiset(\/sivu\/\d+)?$/,
  /^\/uutiset\/\d{4}(\/sivu\/\d+)?$/,
  /^\/aiheet(\/|$)/,
  /^\/rikoksentorjuntakilpailu(\/|$)/,
  /^\/saavutettavuusseloste$/,
  /^\/api(\/|$)/,
  /^\/_next(\/|$)/,
];

// Gives one permanent (308) redirect per front-matter alias to the article's canonical path;
// throws a ContentError naming the file when an alias would shadow a page of the site or is
// not a plain path ("/vanha/polku": no trailing slash, no empty segment).
export function aliasRedirects(articles: Pick<Article, "file" | "path" | "aliases">[]): AliasRedirect[] {
  const problems: string[] = [];
  const redirects: AliasRedirect[] = [];
  for (const article of articles) {
    (article.aliases ?? []).forEach((alias, i) => {
      const where = `${article.file}: aliases.${i}`;
      if (alias.endsWith("/") || alias.includes("//")) {
        problems.push(`${where}: "${alias}" must not end in / or contain //`);
      } else if (SITE_ROUTES.some((route) => route.test(alias))) {
        problems.push(`${where}: "${alias}" is a page of the site; a redirect would hide it`);
      } else redirects.push({ source: alias, destination: article.path, permanent: true });
    });
  }
  if (problems.length) throw new ContentError(problems);
  return redirects;
}
