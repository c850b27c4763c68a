import { renderIssueRss } from "@/lib/feeds/issue-feed";
import { feedResponse } from "@/lib/feeds/feeds";
import { getIssueArchive } from "@/lib/issue/issue-archive";

export const dynamic = "force-static";
// Listings change at 00:00 Helsinki when the day's articles go live: regenerated at most 30 s
// after that (and warmed by the server's midnight job, lib/server/publish-schedule.ts).
export const revalidate = 30;

export function GET() {
  return feedResponse("rss", renderIssueRss(getIssueArchive()));
}
