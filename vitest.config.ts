import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname),
      // Tests import server modules directly, as the server does; Next (and the CLI scripts,
      // through --conditions=react-server) resolve the marker to this same empty module.
      "server-only": path.resolve(import.meta.dirname, "node_modules/server-only/empty.js"),
      // .ci/unit-node22: a copy of better-sqlite3 compiled for Node 22's ABI.
      ...(process.env.BETTER_SQLITE3_DIR
        ? { "better-sqlite3": process.env.BETTER_SQLITE3_DIR }
        : {}),
    },
  },
  test: {
    include: ["tests/**/*.test.{ts,tsx}"],
    exclude: ["tests/e2e/**", "node_modules/**"],
    environment: "node",
    testTimeout: 20_000,
    env: { NEXT_TELEMETRY_DISABLED: "1" },
  },
});
