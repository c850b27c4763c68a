import type { Metadata } from "next";
import { LiveSearch } from "@/components/live-search";
import { getYearCounts, topicCounts } from "@/lib/content/listings";
import { readSearchParams } from "@/lib/search/search-params";
import { searchSite } from "@/lib/search/site-search";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { q } = readSearchParams(await searchParams);
  // Result lists are for readers, not for search engines' indexes.
  return { title: q ? `Haku: ${q}` : "Haku", robots: { index: false, follow: true } };
}

// Rendered per request: the results depend on the query in the address.
export default async function SearchPage({ searchParams }: Props) {
  const input = readSearchParams(await searchParams);
  const result = input.q ? await searchSite(input) : null;
  const options = {
    topics: topicCounts().map(({ slug, label, isMain }) => ({ slug, label, isMain })),
    years: getYearCounts().map(({ year }) => year),
  };
  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight">Haku</h1>
      <LiveSearch input={{ ...input, page: result?.page ?? 1 }} result={result} options={options} />
    </>
  );
}
