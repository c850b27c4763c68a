// Plain JavaScript on purpose: `npm start` preloads this file with `node --import` (see
// lib/http/peer-address-preload.mjs), before Next and any TypeScript loader exist.
//
// Why this exists: Next 16 gives route handlers and proxy.ts a Web `Request` without the
// socket address (`request.ip` was removed in Next 15), and `next start` only fills
// X-Forwarded-For from the socket when the client sent none, so the client could choose its
// own rate-limit key. Node's documented `http.server.request.start` diagnostics channel fires
// for every request before the server's 'request' event, with the socket at hand; we copy the
// address into PEER_HEADER there, overwriting whatever the client sent.
import { randomBytes } from "node:crypto";
import diagnostics from "node:diagnostics_channel";

export const PEER_HEADER = "x-uutiskirje-peer";

// One per process, shared by every copy of this module (the bundler may load it twice): a
// PEER_HEADER value without it was written by the client, not by us.
const STATE = Symbol.for("uutiskirje.peer-address");

function state() {
  globalThis[STATE] ??= { token: randomBytes(18).toString("base64url"), stamping: false };
  return globalThis[STATE];
}

// Starts stamping every incoming request's socket address into PEER_HEADER (once a process).
export function stampPeerAddresses() {
  const s = state();
  if (s.stamping) return;
  s.stamping = true;
  diagnostics.subscribe("http.server.request.start", ({ request, socket }) => {
    request.headers[PEER_HEADER] = `${s.token} ${socket.remoteAddress ?? "unknown"}`;
  });
}

// Gives the socket address this process stamped into the header value, or null when the
// value is missing or forged (a request that arrived before stamping started, or a client).
export function stampedPeerAddress(value) {
  if (!value) return null;
  const { token } = state();
  const space = value.indexOf(" ");
  if (space < 0 || value.slice(0, space) !== token) return null;
  return value.slice(space + 1);
}

// Gives a header value as this process would stamp it; for tests that build a Request by hand.
export function peerHeaderValue(address) {
  return `${state().token} ${address}`;
}
