import type { Metadata } from "next";
import { SITE_NAME } from "./config";

// app/opengraph-image.tsx, named explicitly: a page that sets its own openGraph replaces the
// layout's whole openGraph, and with it the inherited image, site name and locale.
export const DEFAULT_SHARE_IMAGE = {
  url: "/opengraph-image",
  width: 1200,
  height: 630,
  type: "image/png",
  alt: `${SITE_NAME}: uutisia taloudesta, verotuksesta ja juridiikasta`,
};

// Gives the Open Graph fields every non-article page shares.
export function siteOpenGraph() {
  return {
    type: "website" as const,
    locale: "fi_FI",
    siteName: SITE_NAME,
    images: [DEFAULT_SHARE_IMAGE],
  };
}

type Page = { title: string; description: string; path: string };

// Gives a non-article page's title, description, canonical URL and Open Graph / Twitter tags.
export function pageMetadata({ title, description, path }: Page): Metadata {
  return {
    title,
    description,
    alternates: { canonical: path },
    openGraph: { ...siteOpenGraph(), title, description, url: path },
    twitter: { card: "summary_large_image", title, description, images: [DEFAULT_SHARE_IMAGE] },
  };
}
