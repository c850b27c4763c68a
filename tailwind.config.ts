import typography from "@tailwindcss/typography";
import type { Config } from "tailwindcss";

// Loaded from app/globals.css with `@config`; Tailwind v4 reads theme and plugins from here.
const config: Config = {
  content: ["./app/**/*.{ts,tsx}", "./components/**/*.{ts,tsx}", "./lib/**/*.{ts,tsx}"],
  theme: {
    extend: {
      colors: {
        brand: { DEFAULT: "#0b3d5c", dark: "#072a40", light: "#e6f0f5" },
        accent: "#8a3b12",
      },
      fontFamily: {
        // The reader's own system font: nothing to download, so text paints with the first bytes
        // of CSS and never re-flows (a web font cost the article page its LCP on slow mobile).
        sans: [
          "system-ui",
          "-apple-system",
          "Segoe UI",
          "Roboto",
          "Helvetica Neue",
          "Noto Sans",
          "Arial",
          "sans-serif",
        ],
      },
      maxWidth: { prose: "68ch" },
    },
  },
  // "legacy": plain descendant selectors (.prose h2) instead of :where(…):not(:where(.not-prose *)),
  // which the site never needs; a smaller stylesheet that is cheaper to match on slow phones.
  plugins: [typography({ target: "legacy" })],
};

export default config;
