import { getAllArticles } from "@/lib/content/articles";
import { feedInfo, feedResponse, renderRss } from "@/lib/feeds/feeds";

export const dynamic = "force-static";

export function GET() {
  return feedResponse("rss", renderRss(feedInfo("rss"), getAllArticles()));
}
