// `node --import ./lib/http/peer-address-preload.mjs …next start`: stamps from the first
// request on. `next start` listens before it runs instrumentation.ts, so a request that
// arrives during start-up would otherwise go unstamped (and share the "unverified" key).
import { stampPeerAddresses } from "./peer-address.mjs";

stampPeerAddresses();
