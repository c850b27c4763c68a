import type { Metadata } from "next";
import { IssueArchiveView } from "@/components/issue-archive-view";
import { issueArchivePageParams } from "@/lib/issue/issue-archive";

type Props = { params: Promise<{ page: string }> };

export const dynamicParams = false;
export const generateStaticParams = issueArchivePageParams;

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
