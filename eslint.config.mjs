import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

// Which room may not import from which (STYLE.md §1): lower layers never reach up, a domain
// never reaches into the composition root, and tests never lean on the benchmarks.
const lib = (...rooms) => rooms.map((room) => `./lib/${room}`);
const ROOMS = [
  { target: "./lib", from: ["./app", "./components", "./scripts", "./tests"] },
  {
    target: "./lib/content",
    from: lib(
      "site",
      "issue",
      "subscription",
      "server",
      "feeds",
      "mail",
      "http",
      "db",
      "og",
      "publishing",
      "search",
      "bounces",
    ),
  },
  {
    target: "./lib/site",
    from: lib("issue", "subscription", "server", "feeds", "mail", "http", "db", "publishing"),
  },
  {
    target: lib("db", "mail", "http"),
    from: lib("site", "issue", "subscription", "server", "feeds", "og", "publishing", "search"),
  },
  { target: lib("mail", "http"), from: lib("content") },
  // The database maps stored topics onto the one list of topics, and the repair of migration
  // 0410 asks the one classifier of mail failures; it needs nothing else of either room.
  { target: "./lib/db", from: "./lib/content", except: ["./taxonomy.ts"] },
  { target: "./lib/db", from: "./lib/mail", except: ["./failure.ts"] },
  { target: "./lib/subscription", from: lib("issue", "server", "feeds") },
  { target: "./lib/issue", from: lib("server", "feeds") },
  { target: "./tests", from: ["./scripts/bench"] },
];

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
      "import/no-restricted-paths": ["error", { zones: ROOMS }],
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
