import type { Metadata } from "next";
import type { Article } from "../content/articles";
import { findTopic } from "../content/taxonomy";
import { SITE_NAME } from "./config";

// Gives an article page's title, description, canonical URL and Open Graph / Twitter tags.
export function articleMetadata(article: Article): Metadata {
  return {
    title: article.title,
    description: article.lead,
    alternates: { canonical: article.path },
    openGraph: {
      type: "article",
      title: article.title,
      description: article.lead,
      url: article.path,
      locale: "fi_FI",
      // A page's openGraph replaces the layout's, so the site name is repeated here.
      siteName: SITE_NAME,
      publishedTime: article.date,
      ...(article.updated ? { modifiedTime: article.updated } : {}),
      section: findTopic(article.mainTopics[0] ?? "")?.label,
      tags: article.topics.map((t) => findTopic(t)?.label ?? t),
      authors: [article.author],
    },
    twitter: { card: "summary_large_image", title: article.title, description: article.lead },
  };
}
