import { ListingView } from "@/components/listing-view";
import { getYearCounts, yearListing } from "@/lib/content/listings";
import { listingMetadata } from "@/lib/site/metadata";

type Props = { params: Promise<{ year: string }> };

export const dynamicParams = false;
export const generateStaticParams = () =>
  getYearCounts().map(({ year }) => ({ year: String(year) }));

export async function generateMetadata({ params }: Props) {
  return listingMetadata(yearListing(Number((await params).year)), 1);
}

export default async function YearPage({ params }: Props) {
  return <ListingView listing={yearListing(Number((await params).year))} page={1} />;
}
