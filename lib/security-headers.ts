import type { Env } from "./env";

// Pages are static HTML, so per-request nonces are impossible; Next's inline bootstrap
// scripts and style attributes need 'unsafe-inline'. Everything else is locked to this origin.
export function contentSecurityPolicy(development: boolean): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'unsafe-inline'${development ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self'",
    "font-src 'self'",
    `connect-src 'self'${development ? " ws:" : ""}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "manifest-src 'self'",
  ].join("; ");
}

// One year (RFC 6797 leaves the length to the site). Without includeSubDomains: the site cannot
// know whether every other host under SITE_URL's name speaks https; a proxy that knows can send
// a stronger header itself (HSTS=off).
export const STRICT_TRANSPORT_SECURITY = "max-age=31536000";

export type HeaderSettings = Pick<Env, "NODE_ENV" | "SITE_URL" | "HSTS">;

// Gives the headers every response carries.
export function securityHeaders(settings: HeaderSettings): { key: string; value: string }[] {
  const development = settings.NODE_ENV === "development";
  const https = new URL(settings.SITE_URL).protocol === "https:";
  return [
    ...(https && settings.HSTS === "on"
      ? [{ key: "Strict-Transport-Security", value: STRICT_TRANSPORT_SECURITY }]
      : []),
    { key: "Content-Security-Policy", value: contentSecurityPolicy(development) },
    { key: "X-Content-Type-Options", value: "nosniff" },
    // Not no-referrer: browsers then send `Origin: null` on our own form posts.
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    { key: "X-Frame-Options", value: "DENY" },
    {
      key: "Permissions-Policy",
      value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()",
    },
  ];
}

// Paths whose pages carry a subscriber's token in their address (confirm, manage, unsubscribe)
// or answer for one: no other window may keep a handle on them. Reading pages have nothing to
// protect this way, and there the header costs every first visit a browser process swap
// (blocking time in Lighthouse's mobile run; docs/benchmarks.md).
export const SUBSCRIBER_PATHS = ["/uutiskirje/:path*", "/api/:path*"];

// Gives the headers the subscriber paths carry on top of securityHeaders().
export function subscriberHeaders(): { key: string; value: string }[] {
  return [{ key: "Cross-Origin-Opener-Policy", value: "same-origin" }];
}

// Preview links (lib/publishing/preview-link.ts) carry a signed token in their address, like
// the subscriber paths, and show what is not public yet: no window keeps a handle on them, and
// no search engine indexes one that leaked (the page says so in its robots meta tag too).
export const PREVIEW_PATHS = ["/esikatselu/:path*"];

// Gives the headers the preview paths carry on top of securityHeaders().
export function previewHeaders(): { key: string; value: string }[] {
  return [...subscriberHeaders(), { key: "X-Robots-Tag", value: "noindex" }];
}
