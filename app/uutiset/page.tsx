import { ListingView } from "@/components/listing-view";
import { archiveListing } from "@/lib/content/listings";
import { listingMetadata } from "@/lib/site/metadata";

// Listings change at 00:00 Helsinki when the day's articles go live: regenerated at most 30 s
// after that (and warmed by the server's midnight job, lib/server/publish-schedule.ts).
export const revalidate = 30;

export const generateMetadata = () => listingMetadata(archiveListing(), 1);

export default function ArchivePage() {
  return <ListingView listing={archiveListing()} page={1} />;
}
