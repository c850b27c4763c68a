import { getAllArticles } from "@/lib/content/articles";
import { feedInfo, feedResponse, renderAtom } from "@/lib/feeds/feeds";

export const dynamic = "force-static";

export function GET() {
  return feedResponse("atom", renderAtom(feedInfo("atom"), getAllArticles()));
}
