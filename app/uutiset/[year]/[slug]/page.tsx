import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { ArticleView } from "@/components/article-view";
import { getArticleByAlias, getArticleBySlug, getArticleParams } from "@/lib/content/articles";
import { articleMetadata } from "@/lib/site/article-metadata";

type Props = { params: Promise<{ year: string; slug: string }> };

export const dynamicParams = false;
export const generateStaticParams = getArticleParams;

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
  if (article) return <ArticleView article={article} />;
  const { year, slug } = await params;
  const moved = getArticleByAlias(Number(year), slug);
  if (moved) permanentRedirect(moved.path);
  notFound();
}
