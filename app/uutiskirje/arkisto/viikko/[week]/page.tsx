import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { IssueView } from "@/components/issue-view";
import { getArchivedWeek, recentWeeklyIssueParams } from "@/lib/issue/issue-archive";
import { issueTitle, weeklyIssuePath } from "@/lib/issue/issue-names";

type Props = { params: Promise<{ week: string }> };

// A week's digest (/uutiskirje/arkisto/viikko/2023-40): the recent ones prerendered, older ones
// rendered on first request. Like a day's letter it never changes once its day has come; the
// proxy (proxy.ts) keeps weeks without a digest (yet) away from the cache.
export const dynamicParams = true;
export const generateStaticParams = () => recentWeeklyIssueParams();

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { week } = await params;
  const issue = getArchivedWeek(week);
  if (!issue) return { title: "Sivua ei löytynyt" };
  const description = issue.sections.flatMap((s) => s.articles.map((a) => a.title)).join(" · ");
  return {
    title: issueTitle(issue),
    description,
    alternates: { canonical: weeklyIssuePath(week) },
  };
}

export default async function WeeklyIssuePage({ params }: Props) {
  const issue = getArchivedWeek((await params).week);
  if (!issue) notFound();
  return <IssueView issue={issue} />;
}
