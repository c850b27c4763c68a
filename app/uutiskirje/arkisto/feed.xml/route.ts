import { renderIssueRss } from "@/lib/feeds/issue-feed";
import { feedResponse } from "@/lib/feeds/feeds";
import { getIssueArchive } from "@/lib/issue/issue-archive";

export const dynamic = "force-static";

export function GET() {
  return feedResponse("rss", renderIssueRss(getIssueArchive()));
}
