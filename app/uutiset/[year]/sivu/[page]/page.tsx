import { ListingView } from "@/components/listing-view";
import { getYearCounts, prerenderedPageParams, yearListing } from "@/lib/content/listings";
import { listingMetadata } from "@/lib/site/metadata";

type Props = { params: Promise<{ year: string; page: string }> };

// Listings change at 00:00 Helsinki when the day's articles go live: regenerated at most 30 s
// after that (and warmed by the server's midnight job, lib/server/publish-schedule.ts).
export const revalidate = 30;
// New pages appear as articles go live; the proxy (proxy.ts) lets through only the ones that
// exist now, so an unknown address never leaves a cached 404 behind.
export const dynamicParams = true;
export const generateStaticParams = () =>
  getYearCounts().flatMap(({ year }) =>
    prerenderedPageParams(yearListing(year)).map(({ page }) => ({ year: String(year), page })),
  );

export async function generateMetadata({ params }: Props) {
  const { year, page } = await params;
  return listingMetadata(yearListing(Number(year)), Number(page));
}

export default async function YearPageN({ params }: Props) {
  const { year, page } = await params;
  return <ListingView listing={yearListing(Number(year))} page={Number(page)} />;
}
