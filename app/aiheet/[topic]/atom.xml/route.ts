import { getArticlesByTopic } from "@/lib/content/articles";
import { allTopicSlugs } from "@/lib/content/listings";
import { feedInfo, feedResponse, renderAtom } from "@/lib/feeds/feeds";

type Context = { params: Promise<{ topic: string }> };

export const dynamic = "force-static";
export const dynamicParams = false;
export const generateStaticParams = () => allTopicSlugs().map((topic) => ({ topic }));

export async function GET(_request: Request, { params }: Context) {
  const { topic } = await params;
  return feedResponse("atom", renderAtom(feedInfo("atom", topic), getArticlesByTopic(topic)));
}
