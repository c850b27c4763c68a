import { getEnv } from "@/lib/env";

function originOf(url: string): string | null {
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
}

// Refuses posts from other sites (CSRF). Browsers send Sec-Fetch-Site and Origin on every
// POST; a request with none of Origin, Referer and Sec-Fetch-Site comes from a non-browser
// client, which could forge them anyway. The page's origin must be SITE_URL's (or one listed
// in ALLOWED_ORIGINS), never whatever the Host header says: a DNS-rebinding page is
// same-origin to the browser, and its Host and Origin both name the attacker's domain.
export function isCrossSite(
  request: Request,
  siteUrl: string,
  allowedOrigins: readonly string[] = getEnv().ALLOWED_ORIGINS,
): boolean {
  const fetchSite = request.headers.get("sec-fetch-site");
  if (fetchSite && fetchSite !== "same-origin" && fetchSite !== "none") return true;
  const origin = request.headers.get("origin");
  const referer = request.headers.get("referer");
  if (origin === null && referer === null) return false;
  // "null" (sandboxed frames, some privacy modes) and garbage have no origin.
  const page = origin !== null ? originOf(origin) : originOf(referer!);
  if (page === null || page === "null") return true;
  return page !== new URL(siteUrl).origin && !allowedOrigins.includes(page);
}
