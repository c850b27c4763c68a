import type { Metadata } from "next";
import { OPEN_GRAPH_BASE, pageAlternates } from "./metadata";
import { DEFAULT_SHARE_IMAGE } from "./share-image";

type Page = { title: string; description: string; path: string };

// Gives a non-article page's title, description, canonical and feed links, and Open Graph /
// Twitter tags with the site's default share card.
export function pageMetadata({ title, description, path }: Page): Metadata {
  return {
    title,
    description,
    alternates: pageAlternates(path),
    openGraph: {
      ...OPEN_GRAPH_BASE,
      type: "website",
      images: [DEFAULT_SHARE_IMAGE],
      title,
      description,
      url: path,
    },
    twitter: { card: "summary_large_image", title, description, images: [DEFAULT_SHARE_IMAGE] },
  };
}
