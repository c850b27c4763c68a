import {
  getAllArticles,
  getArticlesByTopic,
  getArticlesByYear,
  getYearCounts,
  type Article,
} from "./articles";
import { getEnv } from "../env";
import { extraPageNumbers, paginate, type Page } from "./pagination";
import { findTopic, MAIN_TOPICS, TAXONOMY } from "./taxonomy";

export type Listing = {
  title: string;
  description: string;
  base: string;
  feed?: { rss: string; atom: string };
  articles: Article[];
};

// Gives the whole archive as one listing.
export function archiveListing(): Listing {
  return {
    title: "Uutisarkisto",
    description: "Kaikki uutiset uusimmasta vanhimpaan.",
    base: "/uutiset",
    feed: { rss: "/feed.xml", atom: "/atom.xml" },
    articles: getAllArticles(),
  };
}

// Gives the listing of one year, or null for a year without articles.
export function yearListing(year: number): Listing | null {
  const articles = getArticlesByYear(year);
  if (articles.length === 0) return null;
  return {
    title: `Uutiset vuodelta ${year}`,
    description: `Vuoden ${year} uutiset, ${articles.length} kpl.`,
    base: `/uutiset/${year}`,
    articles,
  };
}

// Gives the listing of a main topic or subtopic, or null for an unknown one.
export function topicListing(slug: string): Listing | null {
  const topic = findTopic(slug);
  if (!topic) return null;
  const description = topic.isMain
    ? TAXONOMY[topic.main].description
    : `${topic.label}: ${TAXONOMY[topic.main].label.toLowerCase()}-aiheen uutiset.`;
  return {
    title: topic.label,
    description,
    base: `/aiheet/${slug}`,
    feed: { rss: `/aiheet/${slug}/feed.xml`, atom: `/aiheet/${slug}/atom.xml` },
    articles: getArticlesByTopic(slug),
  };
}

// Gives every topic slug (main topics first, then their subtopics).
export function allTopicSlugs(): string[] {
  return MAIN_TOPICS.flatMap((main) => [main, ...Object.keys(TAXONOMY[main].subtopics)]);
}

// Gives the topic counts shown beside listings.
export function topicCounts(): { slug: string; label: string; count: number; isMain: boolean }[] {
  return allTopicSlugs().map((slug) => {
    const topic = findTopic(slug)!;
    return {
      slug,
      label: topic.label,
      isMain: topic.isMain,
      count: getArticlesByTopic(slug).length,
    };
  });
}

export { getYearCounts };

// Gives static params for a listing's extra pages.
export function pageParams(listing: Listing | null): { page: string }[] {
  return listing ? extraPageNumbers(listing.articles.length).map((page) => ({ page })) : [];
}

// Gives the numbers of the pages after the first that a build prerenders for a list of `count`
// items: up to LISTING_PRERENDER_PAGES in all. Deeper pages render on first request and are
// cached, so the build costs the same however far back the archive goes.
export function prerenderedPageNumbers(count: number): string[] {
  return extraPageNumbers(count).slice(0, getEnv().LISTING_PRERENDER_PAGES - 1);
}

// Gives the [page] params a build prerenders for a listing (see prerenderedPageNumbers).
export function prerenderedPageParams(listing: Listing | null): { page: string }[] {
  return listing ? prerenderedPageNumbers(listing.articles.length).map((page) => ({ page })) : [];
}

// Gives one page of a listing, or null when the page number is out of range.
export function listingPage(listing: Listing | null, page: number): Page<Article> | null {
  return listing ? paginate(listing.articles, page) : null;
}

// Gives the page title and canonical path of a listing page.
export function listingMeta(
  listing: Listing | null,
  page: number,
): { title: string; canonical: string; description: string } {
  if (!listing) return { title: "Sivua ei löytynyt", canonical: "/", description: "" };
  const canonical = page > 1 ? `${listing.base}/sivu/${page}` : listing.base;
  return {
    title: page > 1 ? `${listing.title}, sivu ${page}` : listing.title,
    canonical,
    description: listing.description,
  };
}
