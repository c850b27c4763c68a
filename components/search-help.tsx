import type { SearchInput } from "@/lib/search/search";
import { searchPath } from "@/lib/search/search-params";

type Props = { input: SearchInput; suggestions: string[] };

// What to try when a search found nothing: corrected spellings, fewer words, no filters.
export function SearchHelp({ input, suggestions }: Props) {
  const filtered = Boolean(input.topic || input.year);
  return (
    <div className="mt-4 rounded border border-slate-300 bg-slate-50 p-4">
      {suggestions.length > 0 && (
        <p>
          Kokeile hakua:{" "}
          {suggestions.map((q, i) => (
            <span key={q}>
              {i > 0 && ", "}
              <a href={searchPath({ ...input, q, page: 1 })}>{q}</a>
            </span>
          ))}
        </p>
      )}
      <ul className="mt-2 list-disc space-y-1 pl-6">
        {filtered && (
          <li>
            <a href={searchPath({ q: input.q })}>Hae ilman aihe- ja vuosirajausta</a>
          </li>
        )}
        <li>
          Tarkista sanojen kirjoitusasu. Ääkköset voi jättää pois: ”rikosuhripaivystys” löytää myös
          Rikosuhripäivystyksen.
        </li>
        <li>
          Kokeile vähempiä tai yleisempiä sanoja: haku löytää vain artikkelit, joissa on jokainen
          hakusana.
        </li>
        <li>
          Selaa <a href="/uutiset">uutisarkistoa</a> tai aiheita <a href="/aiheet/talous">talous</a>
          , <a href="/aiheet/verotus">verotus</a> ja <a href="/aiheet/juridiikka">juridiikka</a>.
        </li>
      </ul>
    </div>
  );
}
