import { SITE_NAME } from "./config";

// app/opengraph-image.tsx, named explicitly: a page that sets its own openGraph replaces the
// layout's whole openGraph, and with it the inherited image.
export const DEFAULT_SHARE_IMAGE = {
  url: "/opengraph-image",
  width: 1200,
  height: 630,
  type: "image/png",
  alt: `${SITE_NAME}: uutisia taloudesta, verotuksesta ja juridiikasta`,
};
