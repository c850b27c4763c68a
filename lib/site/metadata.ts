import type { Metadata } from "next";
import { siteOpenGraph } from "./page-metadata";
import { listingMeta, type Listing } from "../content/listings";

// Gives the metadata of a listing page: title, description and canonical URL.
export function listingMetadata(listing: Listing | null, page: number): Metadata {
  const meta = listingMeta(listing, page);
  return {
    title: meta.title,
    description: meta.description,
    alternates: { canonical: meta.canonical },
    openGraph: {
      ...siteOpenGraph(),
      title: meta.title,
      description: meta.description,
      url: meta.canonical,
    },
  };
}
