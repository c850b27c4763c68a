import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { ArticleWithSignup } from "@/components/article-with-signup";
import { PreviewBanner } from "@/components/preview-banner";
import { getEnv } from "@/lib/env";
import { findPreview } from "@/lib/publishing/preview-link";
import { articleMetadata } from "@/lib/site/article-metadata";
import { resolveTokenSecret } from "@/lib/subscription/token-secret";

type Props = { params: Promise<{ token: string }> };

// Rendered on every request and never cached: the page exists only for whoever holds a valid
// link, and an expired link must stop working on the minute (lib/publishing/preview-link.ts).
export const dynamic = "force-dynamic";

async function preview(params: Props["params"]) {
  const { token } = await params;
  return findPreview(resolveTokenSecret(getEnv()), token, Date.now());
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await preview(params);
  const robots = { index: false };
  if (!found) return { robots };
  return { ...articleMetadata(found.article), robots };
}

export default async function PreviewPage({ params }: Props) {
  const found = await preview(params);
  if (!found) notFound();
  const { article, expiresAt, published } = found;
  // Published since the link was made: the colleague gets the real page.
  if (published) redirect(article.path);
  return (
    <>
      <PreviewBanner draft={article.draft} date={article.date} expiresAt={expiresAt} />
      <ArticleWithSignup article={article} />
    </>
  );
}
