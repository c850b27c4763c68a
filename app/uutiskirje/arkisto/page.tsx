import type { Metadata } from "next";
import { IssueArchiveView } from "@/components/issue-archive-view";
import { SITE_NAME } from "@/lib/site/config";

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
