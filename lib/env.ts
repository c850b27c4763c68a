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
  // Set by Next itself; "phase-production-build" while `next build` runs.
  NEXT_PHASE: z.string().optional(),
  // Newsletter subscription.
  DATA_DIR: z.string().min(1).default("data"),
  DATABASE_URL: z
    .string()
    .refine(
      (v) => /^(file:|postgres(ql)?:\/\/)/.test(v),
      "DATABASE_URL must be file:/path/site.db or postgres://user@host/db",
    )
    .optional(),
  SMTP_URL: z
    .string()
    .refine((v) => /^smtps?:\/\//.test(v), "SMTP_URL must start with smtp:// or smtps://")
    .optional(),
  MAIL_OUTBOX_DIR: z.string().min(1).optional(),
  MAIL_FROM: z.string().min(3).default("Juridiikan ja talouden uutiskirje <uutiskirje@localhost>"),
  MAIL_DELIVERY_INTERVAL_MS: z.coerce
    .number()
    .int("MAIL_DELIVERY_INTERVAL_MS must be a whole number of milliseconds")
    .min(0)
    .default(5000),
  DKIM_DOMAIN: z.string().min(1).optional(),
  DKIM_SELECTOR: z.string().min(1).optional(),
  DKIM_PRIVATE_KEY_FILE: z.string().min(1).optional(),
  // Weekday issue sending. DKIM_PRIVATE_KEY is the PEM itself ("\n" escapes allowed),
  // an alternative to DKIM_PRIVATE_KEY_FILE for platforms that only have variables.
  DKIM_PRIVATE_KEY: z.string().min(1).optional(),
  NEWSLETTER_SEND_RATE: z.coerce
    .number()
    .min(0, "NEWSLETTER_SEND_RATE must be messages per second (0 = no limit)")
    .default(50),
  NEWSLETTER_SEND_CONCURRENCY: z.coerce
    .number()
    .int("NEWSLETTER_SEND_CONCURRENCY must be a whole number of SMTP connections")
    .min(1)
    .max(50)
    .default(5),
  TOKEN_SECRET: z.string().min(32, "TOKEN_SECRET must be at least 32 characters").optional(),
  SIGNUP_RATE_LIMIT: z.coerce
    .number()
    .int("SIGNUP_RATE_LIMIT must be a whole number (posts per IP per 10 minutes; 0 = off)")
    .min(0)
    .default(20),
  TRUST_PROXY: z.coerce
    .number()
    .int("TRUST_PROXY must be the number of proxies in front of the server (0 = none)")
    .min(0)
    .default(0),
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
