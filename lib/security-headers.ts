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

// Gives the headers every response carries.
export function securityHeaders(development: boolean): { key: string; value: string }[] {
  return [
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
