import { ListingView } from "@/components/listing-view";
import { getYearCounts, pageParams, yearListing } from "@/lib/content/listings";
import { listingMetadata } from "@/lib/site/metadata";

type Props = { params: Promise<{ year: string; page: string }> };

export const dynamicParams = false;
export const generateStaticParams = () =>
  getYearCounts().flatMap(({ year }) =>
    pageParams(yearListing(year)).map(({ page }) => ({ year: String(year), page })),
  );

export async function generateMetadata({ params }: Props) {
  const { year, page } = await params;
  return listingMetadata(yearListing(Number(year)), Number(page));
}

export default async function YearPageN({ params }: Props) {
  const { year, page } = await params;
  return <ListingView listing={yearListing(Number(year))} page={Number(page)} />;
}
