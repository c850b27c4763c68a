import { ListingView } from "@/components/listing-view";
import { allTopicSlugs, topicListing } from "@/lib/content/listings";
import { listingMetadata } from "@/lib/site/metadata";

type Props = { params: Promise<{ topic: string }> };

// Listings change at 00:00 Helsinki when the day's articles go live: regenerated at most 30 s
// after that (and warmed by the server's midnight job, lib/server/publish-schedule.ts).
export const revalidate = 30;
export const dynamicParams = false;
export const generateStaticParams = () => allTopicSlugs().map((topic) => ({ topic }));

export async function generateMetadata({ params }: Props) {
  return listingMetadata(topicListing((await params).topic), 1);
}

export default async function TopicPage({ params }: Props) {
  return <ListingView listing={topicListing((await params).topic)} page={1} />;
}
