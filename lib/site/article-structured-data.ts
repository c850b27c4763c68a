import { absoluteUrl } from "../env";
import { SITE_NAME } from "./config";
import type { Article } from "../content/articles";
import { findTopic } from "../content/taxonomy";

// Gives the schema.org NewsArticle for an article; every URL absolute from SITE_URL.
export function newsArticleJsonLd(article: Article): Record<string, unknown> {
  const url = absoluteUrl(article.path);
  return {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    headline: article.title,
    description: article.lead,
    url,
    mainEntityOfPage: { "@type": "WebPage", "@id": url },
    datePublished: article.date,
    ...(article.updated ? { dateModified: article.updated } : {}),
    inLanguage: "fi",
    author: { "@type": "Organization", name: article.author },
    publisher: { "@type": "Organization", name: SITE_NAME, url: absoluteUrl("/") },
    articleSection: article.mainTopics.map((t) => findTopic(t)?.label),
    keywords: article.topics.map((t) => findTopic(t)?.label).join(", "),
    ...(article.image ? { image: absoluteUrl(article.image.src) } : {}),
    isBasedOn: {
      "@type": "CreativeWork",
      name: article.source.name,
      url: article.source.url,
      datePublished: article.source.date,
    },
  };
}
