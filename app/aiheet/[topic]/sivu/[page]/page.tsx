import { ListingView } from "@/components/listing-view";
import { allTopicSlugs, pageParams, topicListing } from "@/lib/content/listings";
import { listingMetadata } from "@/lib/site/metadata";

type Props = { params: Promise<{ topic: string; page: string }> };

export const dynamicParams = false;
export const generateStaticParams = () =>
  allTopicSlugs().flatMap((topic) =>
    pageParams(topicListing(topic)).map(({ page }) => ({ topic, page })),
  );

export async function generateMetadata({ params }: Props) {
  const { topic, page } = await params;
  return listingMetadata(topicListing(topic), Number(page));
}

export default async function TopicPageN({ params }: Props) {
  const { topic, page } = await params;
  return <ListingView listing={topicListing(topic)} page={Number(page)} />;
}
