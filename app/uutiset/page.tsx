import { ListingView } from "@/components/listing-view";
import { archiveListing } from "@/lib/content/listings";
import { listingMetadata } from "@/lib/site/metadata";

export const generateMetadata = () => listingMetadata(archiveListing(), 1);

export default function ArchivePage() {
  return <ListingView listing={archiveListing()} page={1} />;
}
