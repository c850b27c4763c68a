import { topicFeedHandler, topicFeedParams } from "@/lib/feeds/topic-feed";

export const dynamic = "force-static";
export const dynamicParams = false;
export const generateStaticParams = topicFeedParams;
export const GET = topicFeedHandler("atom");
