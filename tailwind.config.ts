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
        sans: ["var(--font-inter)", "system-ui", "Segoe UI", "Roboto", "Arial", "sans-serif"],
      },
      maxWidth: { prose: "68ch" },
    },
  },
  plugins: [typography],
};

export default config;
