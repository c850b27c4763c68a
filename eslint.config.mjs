import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const config = [
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      // Plain <a> on purpose: a static news site needs no client router, and next/link would
      // prefetch pages (the archive grows without bound) that the reader may never open.
      "@next/next/no-html-link-for-pages": "off",
      // Imports run one way (STYLE.md §1): a cycle means two modules are really one, or one
      // borrows from the wrong room. `maxDepth: Infinity` follows chains through any folder.
      "import/no-cycle": ["error", { maxDepth: Infinity, ignoreExternal: true }],
    },
  },
  {
    ignores: [
      ".next/**",
      "node_modules/**",
      "data/**",
      ".bench/**",
      ".next-e2e/**",
      ".e2e/**",
      "next-env.d.ts",
      "test-results/**",
      "playwright-report/**",
    ],
  },
];

export default config;
