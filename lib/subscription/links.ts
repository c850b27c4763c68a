import { subscriberToken } from "./tokens";

export type LinkDeps = { siteUrl: string; tokenSecret: string; clock: () => number };

// Gives the confirmation page URL for a pending subscriber (valid 7 days).
export function confirmUrl(deps: LinkDeps, id: number): string {
  return `${deps.siteUrl}/uutiskirje/vahvista?token=${subscriberToken(deps.tokenSecret, "confirm", id, deps.clock())}`;
}

// Gives the manage page URL (change topics or leave).
export function manageUrl(deps: LinkDeps, id: number): string {
  return `${deps.siteUrl}/uutiskirje/asetukset?token=${subscriberToken(deps.tokenSecret, "manage", id, deps.clock())}`;
}

// Gives the RFC 8058 one-click endpoint for the List-Unsubscribe header (POST only).
export function oneClickUnsubscribeUrl(deps: LinkDeps, id: number): string {
  return `${deps.siteUrl}/api/newsletter/unsubscribe?token=${subscriberToken(deps.tokenSecret, "unsubscribe", id, deps.clock())}`;
}
