import { ListingView } from "@/components/listing-view";
import { allTopicSlugs, prerenderedPageParams, topicListing } from "@/lib/content/listings";
import { listingMetadata } from "@/lib/site/metadata";

type Props = { params: Promise<{ topic: string; page: string }> };

// Listings change at 00:00 Helsinki when the day's articles go live: regenerated at most 30 s
// after that (and warmed by the server's midnight job, lib/server/publish-schedule.ts).
export const revalidate = 30;
// New pages appear as articles go live; the proxy (proxy.ts) lets through only the ones that
// exist now, so an unknown address never leaves a cached 404 behind.
export const dynamicParams = true;
export const generateStaticParams = () =>
  allTopicSlugs().flatMap((topic) =>
    prerenderedPageParams(topicListing(topic)).map(({ page }) => ({ topic, page })),
  );

export async function generateMetadata({ params }: Props) {
  const { topic, page } = await params;
  return listingMetadata(topicListing(topic), Number(page));
}

export default async function TopicPageN({ params }: Props) {
  const { topic, page } = await params;
  return <ListingView listing={topicListing(topic)} page={Number(page)} />;
}
