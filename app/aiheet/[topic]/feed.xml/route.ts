import { getArticlesByTopic } from "@/lib/content/articles";
import { allTopicSlugs } from "@/lib/content/listings";
import { feedInfo, feedResponse, renderRss } from "@/lib/feeds/feeds";

type Context = { params: Promise<{ topic: string }> };

export const dynamic = "force-static";
// Listings change at 00:00 Helsinki when the day's articles go live: regenerated at most 30 s
// after that (and warmed by the server's midnight job, lib/server/publish-schedule.ts).
export const revalidate = 30;
export const dynamicParams = false;
export const generateStaticParams = () => allTopicSlugs().map((topic) => ({ topic }));

export async function GET(_request: Request, { params }: Context) {
  const { topic } = await params;
  return feedResponse("rss", renderRss(feedInfo("rss", topic), getArticlesByTopic(topic)));
}
