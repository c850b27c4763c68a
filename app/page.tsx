import type { Metadata } from "next";
import { ArticleList } from "@/components/article-list";
import { NewsletterForm } from "@/components/newsletter-form";
import { NewsletterIntro } from "@/components/newsletter-intro";
import { getAllArticles } from "@/lib/content/articles";
import { SITE_DESCRIPTION, SITE_NAME } from "@/lib/site/config";
import { OPEN_GRAPH_BASE, pageAlternates } from "@/lib/site/metadata";
import { DEFAULT_SHARE_IMAGE } from "@/lib/site/share-image";

// Listings change at 00:00 Helsinki when the day's articles go live: regenerated at most 30 s
// after that (and warmed by the server's midnight job, lib/server/publish-schedule.ts).
export const revalidate = 30;

const LATEST_COUNT = 10;

export const metadata: Metadata = {
  alternates: pageAlternates("/"),
  openGraph: {
    ...OPEN_GRAPH_BASE,
    type: "website",
    images: [DEFAULT_SHARE_IMAGE],
    url: "/",
    title: SITE_NAME,
    description: SITE_DESCRIPTION,
  },
};

export default function HomePage() {
  const latest = getAllArticles().slice(0, LATEST_COUNT);
  return (
    <div className="grid gap-10 md:grid-cols-[minmax(0,1fr)_18rem]">
      <section aria-labelledby="uusimmat" className="min-w-0">
        <h1 className="sr-only">Juridiikan ja talouden uutiskirje</h1>
        <h2
          id="uusimmat"
          className="border-b-2 border-brand pb-2 text-2xl font-bold tracking-tight"
        >
          Uusimmat uutiset
        </h2>
        <ArticleList articles={latest} headingLevel={3} />
        <p className="mt-6">
          <a href="/uutiset">Kaikki uutiset arkistossa</a>
        </p>
      </section>
      <NewsletterIntro>
        <NewsletterForm />
      </NewsletterIntro>
    </div>
  );
}
