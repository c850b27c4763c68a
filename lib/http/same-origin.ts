// Refuses posts from other sites (CSRF). Browsers send Sec-Fetch-Site and Origin on every
// POST; a request with neither comes from a non-browser client, which could forge them anyway.
export function isCrossSite(request: Request, siteUrl: string): boolean {
  const fetchSite = request.headers.get("sec-fetch-site");
  if (fetchSite && fetchSite !== "same-origin" && fetchSite !== "none") return true;
  const origin = request.headers.get("origin");
  if (origin === null) return false;
  if (origin === new URL(siteUrl).origin) return false;
  // The same server reached under another name (127.0.0.1 vs localhost in tests, a preview
  // host): the browser's Origin matching the Host it connected to is still same-origin.
  try {
    return new URL(origin).host !== request.headers.get("host");
  } catch {
    return true; // "null" (sandboxed frames, some privacy modes) or garbage
  }
}
