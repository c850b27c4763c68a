import { z } from "zod";

// The one reader of process.env. Defaults describe the embedded set-up (no services needed).
const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  SITE_URL: z
    .string()
    .url("SITE_URL must be an absolute http(s) URL, e.g. https://uutiskirje.example")
    .refine((v) => /^https?:\/\//.test(v), "SITE_URL must start with http:// or https://")
    .default("http://localhost:3000")
    .transform((v) => v.replace(/\/+$/, "")),
  CONTENT_DIR: z.string().min(1).default("content"),
  // Logs each content load and Markdown render, so the benchmark can count them.
  CONTENT_TRACE: z
    .enum(["", "0", "1"], { error: "CONTENT_TRACE must be 1 or empty" })
    .default("")
    .transform((v) => v === "1"),
  // Where `next build` writes; the benchmark builds into its own folder.
  NEXT_DIST_DIR: z.string().min(1).default(".next"),
});

export type Env = z.infer<typeof envSchema>;

let cached: { source: NodeJS.ProcessEnv; env: Env } | undefined;

// Gives the parsed configuration; throws one line per bad variable, naming it.
export function getEnv(source: NodeJS.ProcessEnv = process.env): Env {
  if (cached?.source === source) return cached.env;
  const result = envSchema.safeParse(source);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join("\n")}`);
  }
  cached = { source, env: result.data };
  return result.data;
}

// Gives an absolute URL on the site for a path ("/uutiset/…"), always from SITE_URL.
export function absoluteUrl(pathname: string): string {
  return `${getEnv().SITE_URL}${pathname.startsWith("/") ? "" : "/"}${pathname}`;
}
