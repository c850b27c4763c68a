import type { Metadata, Viewport } from "next";
import { SiteFooter } from "@/components/site-footer";
import { SiteHeader } from "@/components/site-header";
import { getEnv } from "@/lib/env";
import { SITE_DESCRIPTION, SITE_NAME } from "@/lib/site/config";
import "./globals.css";

export const metadata: Metadata = {
  metadataBase: new URL(getEnv().SITE_URL),
  title: { default: SITE_NAME, template: `%s – ${SITE_NAME}` },
  description: SITE_DESCRIPTION,
  alternates: {
    types: {
      "application/rss+xml": [{ url: "/feed.xml", title: `${SITE_NAME} (RSS)` }],
      "application/atom+xml": [{ url: "/atom.xml", title: `${SITE_NAME} (Atom)` }],
    },
  },
  openGraph: { siteName: SITE_NAME, locale: "fi_FI", type: "website" },
  // Every page has a large share card: its own or app/opengraph-image.tsx.
  twitter: { card: "summary_large_image" },
};

export const viewport: Viewport = { themeColor: "#0b3d5c", width: "device-width", initialScale: 1 };

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="fi">
      <body className="flex min-h-screen flex-col">
        <a href="#sisalto" className="skip-link">
          Siirry sisältöön
        </a>
        <SiteHeader />
        <main
          id="sisalto"
          tabIndex={-1}
          className="mx-auto w-full max-w-5xl flex-1 px-4 py-8 outline-none"
        >
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
