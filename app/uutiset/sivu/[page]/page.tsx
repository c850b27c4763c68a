import { ListingView } from "@/components/listing-view";
import { archiveListing, prerenderedPageParams } from "@/lib/content/listings";
import { listingMetadata } from "@/lib/site/metadata";

type Props = { params: Promise<{ page: string }> };

// Listings change at 00:00 Helsinki when the day's articles go live: regenerated at most 30 s
// after that (and warmed by the server's midnight job, lib/server/publish-schedule.ts).
export const revalidate = 30;
// New pages appear as articles go live; the proxy (proxy.ts) lets through only the ones that
// exist now, so an unknown address never leaves a cached 404 behind.
export const dynamicParams = true;
export const generateStaticParams = () => prerenderedPageParams(archiveListing());

export async function generateMetadata({ params }: Props) {
  return listingMetadata(archiveListing(), Number((await params).page));
}

export default async function ArchivePageN({ params }: Props) {
  return <ListingView listing={archiveListing()} page={Number((await params).page)} />;
}
