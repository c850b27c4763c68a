import type { NextConfig } from "next";
import { aliasRedirects } from "./lib/content/aliases";
import { getAllArticles } from "./lib/content/articles";
import { getEnv } from "./lib/env";
import { securityHeaders } from "./lib/security-headers";

const env = getEnv();

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  distDir: env.NEXT_DIST_DIR,
  // better-sqlite3 and pg are native/server-only; keep them out of the bundle.
  serverExternalPackages: ["better-sqlite3", "pg"],
  // Front-matter aliases become permanent (308) redirects; a bad alias fails the build.
  async redirects() {
    return aliasRedirects(getAllArticles());
  },
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders(env.NODE_ENV === "development") }];
  },
};

export default nextConfig;
