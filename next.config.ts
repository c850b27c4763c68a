import type { NextConfig } from "next";
import { aliasRedirects } from "./lib/content/aliases";
import { getAllArticles } from "./lib/content/articles";
import { securityHeaders } from "./lib/security-headers";

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // better-sqlite3 and pg are native/server-only; keep them out of the bundle.
  serverExternalPackages: ["better-sqlite3", "pg"],
  // Front-matter aliases become permanent (308) redirects; a bad alias fails the build.
  async redirects() {
    return aliasRedirects(getAllArticles());
  },
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders(process.env.NODE_ENV !== "production") }];
  },
};

export default nextConfig;
