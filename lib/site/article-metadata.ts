import type { Metadata } from "next";
import type { Article } from "../content/articles";
import { findTopic } from "../content/taxonomy";
import { OPEN_GRAPH_BASE, pageAlternates } from "./metadata";

// Gives an article page's title, description, canonical URL, feed links and Open Graph /
// Twitter tags; relative URLs become absolute through metadataBase (SITE_URL).
export function articleMetadata(article: Article): Metadata {
  const images = article.image ? [{ url: article.image.src, alt: article.image.alt }] : undefined;
  return {
    title: article.title,
    description: article.lead,
    alternates: pageAlternates(article.path),
    openGraph: {
      ...OPEN_GRAPH_BASE,
      type: "article",
      title: article.title,
      description: article.lead,
      url: article.path,
      publishedTime: article.date,
      ...(article.updated ? { modifiedTime: article.updated } : {}),
      section: findTopic(article.mainTopics[0] ?? "")?.label,
      tags: article.topics.map((t) => findTopic(t)?.label ?? t),
      authors: [article.author],
      ...(images ? { images } : {}),
    },
    twitter: {
      // Every article has a large card: its front-matter image or the one opengraph-image.tsx draws.
      card: "summary_large_image",
      title: article.title,
      description: article.lead,
      ...(images ? { images } : {}),
    },
  };
}
