// Which addresses under the growing routes (dynamicParams = true) have a page right now.
// Next caches whatever such a route renders, 404s included, on disk and without a size limit;
// proxy.ts asks here first and sends every other address to the plain not-found page, which is
// never cached. So a crawler's made-up slugs cost nothing, and a future article's address has
// no cached 404 to outlive 00:00 Helsinki on its date: it first reaches the route once published.
import { getArticleByAlias, getArticleBySlug } from "../content/articles";
import { archiveListing, listingPage, topicListing, yearListing } from "../content/listings";
import { getArchivedIssue, getArchivedWeek, issueArchivePage } from "../issue/issue-archive";

// A page number as the listings write it: 2, 3, … (page 1 lives at the listing's own address).
function pageNumber(text: string): number | null {
  const page = Number(text);
  return /^[1-9]\d{0,5}$/.test(text) && page >= 2 ? page : null;
}

function year(text: string): number | null {
  return /^\d{4}$/.test(text) ? Number(text) : null;
}

const has = (value: unknown) => value !== null && value !== undefined;

type Rule = [RegExp, (...parts: string[]) => boolean];

// Most specific first: "/uutiset/sivu/2" also looks like /uutiset/[year]/[slug].
const RULES: Rule[] = [
  [/^\/uutiset\/sivu\/([^/]+)$/, (p) => has(listingPage(archiveListing(), pageNumber(p) ?? 0))],
  [
    /^\/uutiset\/([^/]+)\/sivu\/([^/]+)$/,
    (y, p) => has(listingPage(yearListing(year(y) ?? 0), pageNumber(p) ?? 0)),
  ],
  [/^\/uutiset\/([^/]+)$/, (y) => has(yearListing(year(y) ?? 0))],
  [
    /^\/uutiset\/([^/]+)\/([^/]+)$/,
    (y, slug) => has(getArticleBySlug(year(y) ?? 0, slug) ?? getArticleByAlias(year(y) ?? 0, slug)),
  ],
  [
    /^\/uutiset\/([^/]+)\/([^/]+)\/opengraph-image[^/]*$/,
    (y, slug) => has(getArticleBySlug(year(y) ?? 0, slug)),
  ],
  [
    /^\/aiheet\/([^/]+)\/sivu\/([^/]+)$/,
    (topic, p) => has(listingPage(topicListing(topic), pageNumber(p) ?? 0)),
  ],
  [/^\/uutiskirje\/arkisto\/sivu\/([^/]+)$/, (p) => has(issueArchivePage(pageNumber(p) ?? 0))],
  [/^\/uutiskirje\/arkisto\/feed\.xml$/, () => true],
  [/^\/uutiskirje\/arkisto\/viikko\/([^/]+)$/, (week) => has(getArchivedWeek(week))],
  [/^\/uutiskirje\/arkisto\/([^/]+)$/, (day) => has(getArchivedIssue(day))],
];

// The routes that grow with content, as proxy.ts's matcher names them. Under these, an address
// is servable only when a rule above says so.
const GROWING = /^\/(?:uutiset|uutiskirje\/arkisto|aiheet\/[^/]+\/sivu)\/./;

// Gives the path's segments, each decoded once, or null when one is not plain text: an encoded
// "/" or "\" (Next matches routes on the raw segments and decodes parameters afterwards, so
// "x%2Fy" would reach [slug] as "x/y" and be cached under that name), an escape left after
// decoding (encoded twice), a dot segment, or bytes that are no UTF-8 (overlong forms included).
function decodeSegments(pathname: string): string[] | null {
  const segments: string[] = [];
  for (const raw of pathname.split("/").slice(1)) {
    let text: string;
    try {
      text = decodeURIComponent(raw);
    } catch {
      return null;
    }
    if (/[/\\]|%[0-9a-f]{2}/i.test(text) || text === "." || text === "..") return null;
    segments.push(text);
  }
  return segments;
}

// Gives false when `pathname` (as requested, percent-encoded) falls under a growing route and
// no rule names something published there now, or when it hides a separator; true for every
// other address, which its route answers.
export function isServablePath(pathname: string): boolean {
  const segments = decodeSegments(pathname);
  if (!segments) return false;
  const decoded = `/${segments.join("/")}`;
  for (const [pattern, exists] of RULES) {
    const match = pattern.exec(decoded);
    if (match) return exists(...match.slice(1));
  }
  return !GROWING.test(decoded);
}
