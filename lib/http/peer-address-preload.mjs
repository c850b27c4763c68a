// `node --import ./lib/http/peer-address-preload.mjs …next start`: what the server does to
// every request before Next sees it, from the first request on (`next start` listens before
// it runs instrumentation.ts, so a request that arrives during start-up would otherwise be
// missed): stamp the socket address (peer-address.mjs; unstamped requests share the
// "unverified" rate-limit key) and answer methods Next cannot (method-guard.mjs).
import { guardMethods } from "./method-guard.mjs";
import { stampPeerAddresses } from "./peer-address.mjs";

stampPeerAddresses();
guardMethods();
