import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { IssueView } from "@/components/issue-view";
import { getArchivedIssue, recentIssueParams } from "@/lib/issue/issue-archive";
import { dailyIssuePath, issueTitle } from "@/lib/issue/issue-names";

type Props = { params: Promise<{ day: string }> };

// The issues of the prerendered articles are prerendered, older ones render on first request.
// An issue never changes once its day has come, so no revalidation; the proxy (proxy.ts) keeps
// days without an issue (yet) away from the cache.
export const dynamicParams = true;
export const generateStaticParams = () => recentIssueParams();

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { day } = await params;
  const issue = getArchivedIssue(day);
  if (!issue) return { title: "Sivua ei löytynyt" };
  const description = issue.sections.flatMap((s) => s.articles.map((a) => a.title)).join(" · ");
  return { title: issueTitle(issue), description, alternates: { canonical: dailyIssuePath(day) } };
}

export default async function ArchivedIssuePage({ params }: Props) {
  const issue = getArchivedIssue((await params).day);
  if (!issue) notFound();
  return <IssueView issue={issue} />;
}
