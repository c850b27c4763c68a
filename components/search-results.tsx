import { formatFinnishDate } from "@/lib/content/dates";
import type { SearchInput, SearchResult } from "@/lib/search/search";
import { searchPath } from "@/lib/search/search-params";
import type { Segment } from "@/lib/search/snippet";
import { SearchHelp } from "./search-help";

type Props = { input: SearchInput; result: SearchResult | null };

// Text with the matched words in <mark>; React escapes every segment, so nothing in an
// article or a query is read as markup.
function Marked({ segments }: { segments: Segment[] }) {
  return segments.map((s, i) => (s.mark ? <mark key={i}>{s.text}</mark> : s.text));
}

// Gives the sentence the live region reads out after each search.
export function resultSummary(result: SearchResult | null): string {
  if (!result) return "Kirjoita hakusana.";
  if (result.total === 0) return `Haulla ”${result.query}” ei löytynyt artikkeleita.`;
  const pages = result.totalPages > 1 ? `, sivu ${result.page} / ${result.totalPages}` : "";
  return `Haulla ”${result.query}” löytyi ${result.total} ${result.total === 1 ? "artikkeli" : "artikkelia"}${pages}.`;
}

// The results of a search: count, list, pages, and help when nothing was found.
export function SearchResults({ input, result }: Props) {
  return (
    <section aria-labelledby="haku-tulokset" className="mt-8">
      <h2 id="haku-tulokset" className="sr-only">
        Hakutulokset
      </h2>
      <p role="status" className="font-semibold">
        {resultSummary(result)}
      </p>
      {result && result.total === 0 && (
        <SearchHelp input={input} suggestions={result.suggestions} />
      )}
      {result && result.hits.length > 0 && (
        <ol className="divide-y divide-slate-200">
          {result.hits.map((hit) => (
            <li key={hit.path} className="py-5">
              <article>
                <h3 className="text-xl leading-snug font-semibold">
                  <a href={hit.path} className="text-slate-900 no-underline hover:underline">
                    <Marked segments={hit.title} />
                  </a>
                </h3>
                <p className="mt-1 text-sm text-slate-700">
                  <time dateTime={hit.date}>{formatFinnishDate(hit.date)}</time>
                  <span aria-hidden="true"> · </span>
                  {hit.topics.join(", ")}
                </p>
                <p className="mt-2 text-slate-800">
                  <Marked segments={hit.snippet} />
                </p>
              </article>
            </li>
          ))}
        </ol>
      )}
      {result && result.totalPages > 1 && (
        <nav aria-label="Hakutulosten sivut" className="mt-8 flex flex-wrap items-center gap-4">
          {result.page > 1 && (
            <a href={searchPath({ ...input, page: result.page - 1 })} rel="prev">
              ← Edellinen sivu
            </a>
          )}
          <span>
            Sivu {result.page} / {result.totalPages}
          </span>
          {result.page < result.totalPages && (
            <a href={searchPath({ ...input, page: result.page + 1 })} rel="next">
              Seuraava sivu →
            </a>
          )}
        </nav>
      )}
    </section>
  );
}
