import { availableParallelism } from "node:os";
import type { NextConfig } from "next";
import { getEnv, settingsToBake } from "./lib/env";
import {
  PREVIEW_PATHS,
  previewHeaders,
  securityHeaders,
  SUBSCRIBER_PATHS,
  subscriberHeaders,
} from "./lib/security-headers";

const env = getEnv();

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  experimental: {
    // Static generation on every core: Next's default leaves one core to the parent process,
    // which mostly waits while the workers render (measured in docs/benchmarks.md).
    cpus: availableParallelism(),
    // Pages link with plain <a> (no client-side prefetch), so the per-segment prefetch files
    // need no gzip-size sizing for inlining.
    prefetchInlining: false,
  },
  distDir: env.NEXT_DIST_DIR,
  // Written into the server's code at build time; a server started with other values refuses
  // to start (lib/server/build-settings.ts).
  env: { UUTISKIRJE_BUILT_SETTINGS: settingsToBake(env) },
  // Native or WebAssembly server-only packages: loaded from node_modules, never bundled.
  serverExternalPackages: ["better-sqlite3", "pg", "@resvg/resvg-js", "satori"],
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders(env) },
      ...SUBSCRIBER_PATHS.map((source) => ({ source, headers: subscriberHeaders() })),
      ...PREVIEW_PATHS.map((source) => ({ source, headers: previewHeaders() })),
    ];
  },
};

export default nextConfig;
