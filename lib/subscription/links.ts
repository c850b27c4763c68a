import { subscriberToken, type TokenSubject } from "./tokens";

export type LinkDeps = { siteUrl: string; tokenSecret: string; clock: () => number };

// Each link carries the subscriber's id and consent version (./tokens.ts): pass the Subscriber,
// or what the send log claimed for them.

// Gives the confirmation page URL for a pending subscriber (valid 7 days).
export function confirmUrl(deps: LinkDeps, to: TokenSubject): string {
  return `${deps.siteUrl}/uutiskirje/vahvista?token=${subscriberToken(deps.tokenSecret, "confirm", to, deps.clock())}`;
}

// Gives the manage page URL (change topics or leave).
export function manageUrl(deps: LinkDeps, to: TokenSubject): string {
  return `${deps.siteUrl}/uutiskirje/asetukset?token=${subscriberToken(deps.tokenSecret, "manage", to, deps.clock())}`;
}

// Gives the RFC 8058 one-click endpoint for the List-Unsubscribe header (a POST unsubscribes;
// a browser's GET shows a page with the button, app/uutiskirje/peru).
export function oneClickUnsubscribeUrl(deps: LinkDeps, to: TokenSubject): string {
  return `${deps.siteUrl}/api/newsletter/unsubscribe?token=${subscriberToken(deps.tokenSecret, "unsubscribe", to, deps.clock())}`;
}
