import type { Metadata } from "next";
import { IssueArchiveView } from "@/components/issue-archive-view";
import { prerenderedIssueArchivePageParams } from "@/lib/issue/issue-archive";

type Props = { params: Promise<{ page: string }> };

// Listings change at 00:00 Helsinki when the day's articles go live: regenerated at most 30 s
// after that (and warmed by the server's midnight job, lib/server/publish-schedule.ts).
export const revalidate = 30;
// New pages appear as articles go live; the proxy (proxy.ts) lets through only the ones that
// exist now, so an unknown address never leaves a cached 404 behind.
export const dynamicParams = true;
export const generateStaticParams = prerenderedIssueArchivePageParams;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { page } = await params;
  return {
    title: `Uutiskirjeen arkisto, sivu ${page}`,
    alternates: { canonical: `/uutiskirje/arkisto/sivu/${page}` },
  };
}

export default async function IssueArchivePageN({ params }: Props) {
  return <IssueArchiveView page={Number((await params).page)} />;
}
