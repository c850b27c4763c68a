import { readSearchParams } from "@/lib/search/search-params";
import { searchSite } from "@/lib/search/site-search";

// The live search's results as JSON; the same parameters as /haku.
export async function GET(request: Request) {
  const input = readSearchParams(new URL(request.url).searchParams);
  const result = input.q ? await searchSite(input) : null;
  return Response.json(result, { headers: { "Cache-Control": "no-store" } });
}
