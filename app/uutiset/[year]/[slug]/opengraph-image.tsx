import { notFound } from "next/navigation";
import { getArticleBySlug, getNewestArticles } from "@/lib/content/articles";
import { findTopic } from "@/lib/content/taxonomy";
import { renderShareCard, SHARE_CARD_SIZE, SHARE_CARD_TYPE } from "@/lib/og/share-card";

export const alt = "Jakokuva: uutisen otsikko ja aihe";
export const size = SHARE_CARD_SIZE;
export const contentType = SHARE_CARD_TYPE;

// Like the article pages: the newest prerendered, the rest drawn on first request and cached.
export const dynamicParams = true;
export const generateStaticParams = () =>
  getNewestArticles().map((a) => ({ year: String(a.year), slug: a.slug }));

type Props = { params: Promise<{ year: string; slug: string }> };

export default async function Image({ params }: Props) {
  const { year, slug } = await params;
  const article = getArticleBySlug(Number(year), slug);
  if (!article) notFound();
  const label = article.mainTopics.map((t) => findTopic(t)?.label).join(" · ");
  return renderShareCard({ title: article.title, label });
}
