import { topicFeedHandler, topicFeedParams } from "@/lib/feeds/topic-feed";

export const dynamic = "force-static";
// Listings change at 00:00 Helsinki when the day's articles go live: regenerated at most 30 s
// after that (and warmed by the server's midnight job, lib/server/publish-schedule.ts).
export const revalidate = 30;
export const dynamicParams = false;
export const generateStaticParams = topicFeedParams;
export const GET = topicFeedHandler("rss");
