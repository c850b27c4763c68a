import { getArticlesByTopic } from "../content/articles";
import { allTopicSlugs } from "../content/listings";
import { feedInfo, feedResponse, renderAtom, renderRss } from "./feeds";

type TopicFeedContext = { params: Promise<{ topic: string }> };

// Gives the topics a feed is prerendered for: every topic, each in RSS and Atom.
export const topicFeedParams = () => allTopicSlugs().map((topic) => ({ topic }));

// Gives the GET handler of one topic's feed in the given format.
export function topicFeedHandler(kind: "rss" | "atom") {
  const render = kind === "rss" ? renderRss : renderAtom;
  return async (_request: Request, { params }: TopicFeedContext) => {
    const { topic } = await params;
    return feedResponse(kind, render(feedInfo(kind, topic), getArticlesByTopic(topic)));
  };
}
