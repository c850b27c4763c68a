import type { Metadata } from "next";
import { listingMeta, type Listing } from "../content/listings";
import { SITE_NAME } from "./config";
import { DEFAULT_SHARE_IMAGE } from "./share-image";

type Feed = { rss: string; atom: string; title: string };

const SITE_FEED: Feed = { rss: "/feed.xml", atom: "/atom.xml", title: SITE_NAME };

// Gives a page's canonical link plus its feed links. Next replaces the layout's `alternates`
// as a whole, so every page lists the site-wide feeds again, and a topic page its own first.
export function pageAlternates(canonical: string, topicFeed?: Feed): Metadata["alternates"] {
  const feeds = topicFeed ? [topicFeed, SITE_FEED] : [SITE_FEED];
  return {
    canonical,
    types: {
      "application/rss+xml": feeds.map((f) => ({ url: f.rss, title: `${f.title} (RSS)` })),
      "application/atom+xml": feeds.map((f) => ({ url: f.atom, title: `${f.title} (Atom)` })),
    },
  };
}

// Open Graph fields every page repeats, since a page's openGraph replaces the layout's.
export const OPEN_GRAPH_BASE = { siteName: SITE_NAME, locale: "fi_FI" } as const;

// Gives the metadata of a listing page: title, description, canonical URL and feed links.
export function listingMetadata(listing: Listing | null, page: number): Metadata {
  const meta = listingMeta(listing, page);
  const topicFeed =
    listing?.feed && listing.base.startsWith("/aiheet/")
      ? { ...listing.feed, title: `${SITE_NAME}: ${listing.title}` }
      : undefined;
  return {
    title: meta.title,
    description: meta.description,
    alternates: pageAlternates(meta.canonical, topicFeed),
    openGraph: {
      ...OPEN_GRAPH_BASE,
      type: "website",
      images: [DEFAULT_SHARE_IMAGE],
      title: meta.title,
      description: meta.description,
      url: meta.canonical,
    },
    twitter: {
      card: "summary_large_image",
      title: meta.title,
      description: meta.description,
      images: [DEFAULT_SHARE_IMAGE],
    },
  };
}
