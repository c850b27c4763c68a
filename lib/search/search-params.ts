import { findTopic } from "../content/taxonomy";
import type { SearchInput } from "./search";
import { cleanQuery } from "./text";

type Params = URLSearchParams | Record<string, string | string[] | undefined>;

// Gives the first value of a parameter, whether it came once, repeatedly or not at all.
function first(params: Params, name: string): string {
  const value = params instanceof URLSearchParams ? params.get(name) : params[name];
  return (Array.isArray(value) ? value[0] : value) ?? "";
}

// Gives the search a request asks for. Never fails: a filter that names no topic or no
// plausible year is dropped, a page number that is not a positive whole number is page 1,
// and the query is cut to its first 200 characters.
export function readSearchParams(params: Params): SearchInput & { page: number } {
  const topic = first(params, "aihe");
  const year = first(params, "vuosi");
  const page = first(params, "sivu");
  const pageNumber = /^\d{1,6}$/.test(page) ? Number(page) : 1;
  return {
    q: cleanQuery(first(params, "q")),
    topic: findTopic(topic) ? topic : undefined,
    year: /^(19|20)\d\d$/.test(year) ? Number(year) : undefined,
    page: Math.max(1, pageNumber),
  };
}

// Gives the address of a search (for links: pages, suggestions, removing a filter).
export function searchPath(input: SearchInput, base = "/haku"): string {
  const params = new URLSearchParams();
  if (input.q) params.set("q", input.q);
  if (input.topic) params.set("aihe", input.topic);
  if (input.year) params.set("vuosi", String(input.year));
  if (input.page && input.page > 1) params.set("sivu", String(input.page));
  const query = params.toString();
  return query ? `${base}?${query}` : base;
}
