import { getAllArticles } from "@/lib/content/articles";
import { feedInfo, feedResponse, renderRss } from "@/lib/feeds/feeds";

export const dynamic = "force-static";
// Listings change at 00:00 Helsinki when the day's articles go live: regenerated at most 30 s
// after that (and warmed by the server's midnight job, lib/server/publish-schedule.ts).
export const revalidate = 30;

export function GET() {
  return feedResponse("rss", renderRss(feedInfo("rss"), getAllArticles()));
}
