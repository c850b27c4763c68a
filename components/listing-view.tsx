import { notFound } from "next/navigation";
import type { Article } from "@/lib/content/articles";
import { getYearCounts, listingPage, topicCounts, type Listing } from "@/lib/content/listings";
import { ArticleList } from "./article-list";
import { Pagination } from "./pagination";

type Props = { listing: Listing | null; page: number };

// One page of a listing (archive, year or topic) with the archive's counts beside it.
export function ListingView({ listing, page }: Props) {
  const current = listingPage(listing, page);
  if (!listing || !current) notFound();
  return (
    <div className="grid gap-10 md:grid-cols-[minmax(0,1fr)_14rem]">
      <div className="min-w-0">
        <h1 className="text-3xl font-bold tracking-tight">
          {listing.title}
          {current.page > 1 && <span className="sr-only">, sivu {current.page}</span>}
        </h1>
        <p className="mt-2 text-slate-700">
          {listing.description} {current.total} artikkelia
          {current.totalPages > 1 && `, sivu ${current.page} / ${current.totalPages}`}.
        </p>
        {listing.feed && (
          <p className="mt-1 text-sm">
            Tilaa syöte: <a href={listing.feed.rss}>RSS</a> · <a href={listing.feed.atom}>Atom</a>
          </p>
        )}
        <ArticleList articles={current.items as Article[]} />
        <Pagination base={listing.base} page={current.page} totalPages={current.totalPages} />
      </div>
      <ArchiveIndex />
    </div>
  );
}

function ArchiveIndex() {
  return (
    <aside
      aria-labelledby="arkisto-otsikko"
      className="min-w-0 border-t border-slate-200 pt-6 text-sm md:border-t-0 md:border-l md:pt-0 md:pl-6"
    >
      <h2 id="arkisto-otsikko" className="text-lg font-semibold">
        Selaa arkistoa
      </h2>
      <h3 className="mt-4 font-semibold">Aiheet</h3>
      <ul className="mt-1 space-y-1">
        {topicCounts().map((topic) => (
          <li key={topic.slug} className={topic.isMain ? "" : "pl-4"}>
            <a href={`/aiheet/${topic.slug}`}>{topic.label}</a> ({topic.count})
          </li>
        ))}
      </ul>
      <h3 className="mt-4 font-semibold">Vuodet</h3>
      <ul className="mt-1 space-y-1">
        {getYearCounts().map(({ year, count }) => (
          <li key={year}>
            <a href={`/uutiset/${year}`}>{year}</a> ({count})
          </li>
        ))}
      </ul>
    </aside>
  );
}
