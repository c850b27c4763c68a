import { ListingView } from "@/components/listing-view";
import { archiveListing, pageParams } from "@/lib/content/listings";
import { listingMetadata } from "@/lib/site/metadata";

type Props = { params: Promise<{ page: string }> };

export const dynamicParams = false;
export const generateStaticParams = () => pageParams(archiveListing());

export async function generateMetadata({ params }: Props) {
  return listingMetadata(archiveListing(), Number((await params).page));
}

export default async function ArchivePageN({ params }: Props) {
  return <ListingView listing={archiveListing()} page={Number((await params).page)} />;
}
