import type { NextConfig } from "next";
import { getEnv } from "./lib/env";
import { securityHeaders } from "./lib/security-headers";

const env = getEnv();

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  distDir: env.NEXT_DIST_DIR,
  // better-sqlite3 and pg are native/server-only; keep them out of the bundle.
  serverExternalPackages: ["better-sqlite3", "pg"],
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders(env.NODE_ENV === "development") }];
  },
};

export default nextConfig;
