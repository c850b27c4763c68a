import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { ArticleWithSignup } from "@/components/article-with-signup";
import { getArticleByAlias, getArticleBySlug, getArticleParams } from "@/lib/content/articles";
import { articleMetadata } from "@/lib/site/article-metadata";

type Props = { params: Promise<{ year: string; slug: string }> };

// The newest articles (ARTICLE_PRERENDER_COUNT) are prerendered; the rest render on first
// request and stay cached. The proxy (proxy.ts) lets only published addresses through, so a
// future or unknown slug never leaves a cached 404 that would outlive its publish moment.
export const dynamicParams = true;
export const generateStaticParams = () => getArticleParams();

async function findArticle(params: Props["params"]) {
  const { year, slug } = await params;
  return getArticleBySlug(Number(year), slug);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = await findArticle(params);
  return article ? articleMetadata(article) : {};
}

export default async function ArticlePage({ params }: Props) {
  const article = await findArticle(params);
  if (article) return <ArticleWithSignup article={article} />;
  const { year, slug } = await params;
  const moved = getArticleByAlias(Number(year), slug);
  if (moved) permanentRedirect(moved.path);
  notFound();
}
