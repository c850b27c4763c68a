import type { Article } from "../content/articles";
import { helsinkiStartOfDay } from "../content/dates";
import { findTopic } from "../content/taxonomy";
import { absoluteUrl } from "../env";
import { escapeMarkup } from "../escape";
import { SITE_DESCRIPTION, SITE_NAME } from "../site/config";

export const FEED_LIMIT = 50;

export type FeedInfo = { title: string; description: string; htmlPath: string; selfPath: string };

const categories = (article: Article) => article.topics.map((t) => findTopic(t)?.label ?? t);

// Gives an RSS 2.0 document of the newest articles.
export function renderRss(feed: FeedInfo, articles: Article[]): string {
  const items = articles.slice(0, FEED_LIMIT).map((a) => {
    const url = absoluteUrl(a.path);
    return `    <item>
      <title>${escapeMarkup(a.title)}</title>
      <link>${escapeMarkup(url)}</link>
      <guid isPermaLink="true">${escapeMarkup(url)}</guid>
      <pubDate>${new Date(helsinkiStartOfDay(a.date)).toUTCString()}</pubDate>
      <description>${escapeMarkup(a.lead)}</description>
${categories(a)
  .map((c) => `      <category>${escapeMarkup(c)}</category>`)
  .join("\n")}
      <dc:creator>${escapeMarkup(a.author)}</dc:creator>
    </item>`;
  });
  const built = articles[0] ? new Date(helsinkiStartOfDay(articles[0].date)).toUTCString() : "";
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel>
    <title>${escapeMarkup(feed.title)}</title>
    <link>${escapeMarkup(absoluteUrl(feed.htmlPath))}</link>
    <description>${escapeMarkup(feed.description)}</description>
    <language>fi</language>
    <atom:link href="${escapeMarkup(absoluteUrl(feed.selfPath))}" rel="self" type="application/rss+xml"/>
${built ? `    <lastBuildDate>${built}</lastBuildDate>\n` : ""}${items.join("\n")}
  </channel>
</rss>
`;
}

// Gives an Atom 1.0 document of the newest articles.
export function renderAtom(feed: FeedInfo, articles: Article[]): string {
  const newest = articles[0];
  const updated = newest
    ? helsinkiStartOfDay(newest.updated ?? newest.date)
    : "1970-01-01T00:00:00Z";
  const entries = articles.slice(0, FEED_LIMIT).map((a) => {
    const url = absoluteUrl(a.path);
    return `  <entry>
    <title>${escapeMarkup(a.title)}</title>
    <link rel="alternate" type="text/html" href="${escapeMarkup(url)}"/>
    <id>${escapeMarkup(url)}</id>
    <published>${helsinkiStartOfDay(a.date)}</published>
    <updated>${helsinkiStartOfDay(a.updated ?? a.date)}</updated>
    <author><name>${escapeMarkup(a.author)}</name></author>
    <summary>${escapeMarkup(a.lead)}</summary>
${categories(a)
  .map((c) => `    <category term="${escapeMarkup(c)}"/>`)
  .join("\n")}
  </entry>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="fi">
  <title>${escapeMarkup(feed.title)}</title>
  <subtitle>${escapeMarkup(feed.description)}</subtitle>
  <link rel="alternate" type="text/html" href="${escapeMarkup(absoluteUrl(feed.htmlPath))}"/>
  <link rel="self" type="application/atom+xml" href="${escapeMarkup(absoluteUrl(feed.selfPath))}"/>
  <id>${escapeMarkup(absoluteUrl(feed.selfPath))}</id>
  <updated>${updated}</updated>
${entries.join("\n")}
</feed>
`;
}

// Gives the feed description of the whole site or of one topic.
export function feedInfo(kind: "rss" | "atom", topic?: string): FeedInfo {
  const file = kind === "rss" ? "feed.xml" : "atom.xml";
  const label = topic ? findTopic(topic)?.label : undefined;
  return {
    title: label ? `${SITE_NAME}: ${label}` : SITE_NAME,
    description: label ? `${label}: uusimmat uutiset.` : SITE_DESCRIPTION,
    htmlPath: topic ? `/aiheet/${topic}` : "/",
    selfPath: topic ? `/aiheet/${topic}/${file}` : `/${file}`,
  };
}

// Gives the HTTP response for a feed document.
export function feedResponse(kind: "rss" | "atom", body: string): Response {
  const type = kind === "rss" ? "application/rss+xml" : "application/atom+xml";
  return new Response(body, { headers: { "Content-Type": `${type}; charset=utf-8` } });
}
