import type { Metadata } from "next";
import { IssueArchiveView } from "@/components/issue-archive-view";
import { SITE_NAME } from "@/lib/site/config";

// Listings change at 00:00 Helsinki when the day's articles go live: regenerated at most 30 s
// after that (and warmed by the server's midnight job, lib/server/publish-schedule.ts).
export const revalidate = 30;

export const metadata: Metadata = {
  title: "Uutiskirjeen arkisto",
  description: `${SITE_NAME}: kaikki ilmestyneet uutiskirjeet uusimmasta vanhimpaan.`,
  alternates: {
    canonical: "/uutiskirje/arkisto",
    types: {
      "application/rss+xml": [{ url: "/uutiskirje/arkisto/feed.xml", title: "Uutiskirjeet (RSS)" }],
    },
  },
};

export default function IssueArchivePage() {
  return <IssueArchiveView page={1} />;
}
