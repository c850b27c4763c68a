import path from "node:path";
import { z } from "zod";

// The one reader of process.env. Defaults describe the embedded set-up (no services needed).
const envFields = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  SITE_URL: z
    .string()
    .url("SITE_URL must be an absolute http(s) URL, e.g. https://uutiskirje.example")
    .refine((v) => /^https?:\/\//.test(v), "SITE_URL must start with http:// or https://")
    .default("http://localhost:3000")
    .transform((v) => v.replace(/\/+$/, "")),
  // Origins besides SITE_URL's whose pages may post the site's forms, comma-separated: the
  // browser tests reach the server at http://127.0.0.1:PORT while SITE_URL names another.
  ALLOWED_ORIGINS: z
    .string()
    .default("")
    .transform((v) => v.split(",").map((s) => s.trim().replace(/\/+$/, "")))
    .transform((list) => list.filter(Boolean))
    .refine(
      (list) =>
        list.every((o) => /^https?:\/\//.test(o) && URL.canParse(o) && new URL(o).origin === o),
      "ALLOWED_ORIGINS must be origins separated by commas, e.g. http://127.0.0.1:3210 (scheme, host and port; no path)",
    ),
  // Strict-Transport-Security on every response when SITE_URL is https; "off" where the proxy
  // in front sets it (read at build time, like every header: docs/operations.md).
  HSTS: z.enum(["on", "off"], { error: "HSTS must be on or off" }).default("on"),
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
  // DKIM: all of domain, selector and one key, or none (checked below, see dkimProblems).
  DKIM_DOMAIN: z
    .string()
    .regex(
      /^[a-z0-9.-]+\.[a-z]{2,}$/i,
      "DKIM_DOMAIN must be a domain name, e.g. uutiskirje.example",
    )
    .optional(),
  DKIM_SELECTOR: z
    .string()
    .regex(/^[a-z0-9][a-z0-9._-]*$/i, "DKIM_SELECTOR must be a DNS label, e.g. posti2026")
    .optional(),
  DKIM_PRIVATE_KEY_FILE: z.string().min(1).optional(),
  // Weekday issue sending. DKIM_PRIVATE_KEY is the PEM itself ("\n" escapes allowed),
  // an alternative to DKIM_PRIVATE_KEY_FILE for platforms that only have variables.
  DKIM_PRIVATE_KEY: z.string().min(1).optional(),
  // Deliverability (issue 13): the envelope sender base for VERP, and the mailbox its bounces
  // and complaints arrive in. The local part leaves room for "+<token>" (46 at most) in 64.
  BOUNCE_ADDRESS: z
    .string()
    .regex(
      /^[a-z0-9._-]{1,18}@[a-z0-9.-]+\.[a-z]{2,}$/i,
      "BOUNCE_ADDRESS must be a plain address with a local part of at most 18 characters and no +, e.g. bounces@bounces.example.fi",
    )
    .optional(),
  BOUNCE_IMAP_URL: z
    .string()
    .refine(
      (v) => /^imaps?:\/\/[^/]+/.test(v),
      "BOUNCE_IMAP_URL must be imap://user:password@host:143/INBOX or imaps://…:993/INBOX",
    )
    .optional(),
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
  // Where `subscribers -- erase` records each erasure (a digest, never the address), so that
  // `db:restore` of an older backup erases those readers again; default DATA_DIR/erasure-journal.
  // Keep it where the backups are kept, never inside a backup (docs/backups.md).
  ERASURE_JOURNAL: z.string().min(1, "ERASURE_JOURNAL must be a file path").optional(),
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
  // How many of the newest articles `next build` prerenders (with their share cards); older
  // ones render on first request and are cached from then on (docs/publishing.md).
  ARTICLE_PRERENDER_COUNT: z.coerce
    .number()
    .int("ARTICLE_PRERENDER_COUNT must be a whole number of articles")
    .min(0, "ARTICLE_PRERENDER_COUNT must be 0 or more")
    .default(200),
  // How many pages of each listing (archive, topic, year, issue archive) `next build`
  // prerenders, the first included; deeper pages render on first request and are cached, so
  // the build does not grow with the archive (docs/publishing.md).
  LISTING_PRERENDER_PAGES: z.coerce
    .number()
    .int("LISTING_PRERENDER_PAGES must be a whole number of pages")
    .min(1, "LISTING_PRERENDER_PAGES must be 1 or more")
    .default(5),
  // How long `newsletter send` waits for every link of the issue to answer 200 before it
  // gives up without sending (docs/publishing.md).
  NEWSLETTER_LINK_WAIT_SECONDS: z.coerce
    .number()
    .int("NEWSLETTER_LINK_WAIT_SECONDS must be a whole number of seconds")
    .min(0)
    .max(3600, "NEWSLETTER_LINK_WAIT_SECONDS must be at most 3600 (an hour)")
    .default(600),
  // Where `next build` writes; the benchmark builds into its own folder.
  NEXT_DIST_DIR: z.string().min(1).default(".next"),
});

const envSchema = envFields.superRefine((env, ctx) => {
  for (const [variable, message] of dkimProblems(env)) {
    ctx.addIssue({ code: "custom", path: [variable], message });
  }
});

// A half-set DKIM configuration would send unsigned mail: name what is missing or doubled.
function dkimProblems(env: {
  DKIM_DOMAIN?: string;
  DKIM_SELECTOR?: string;
  DKIM_PRIVATE_KEY?: string;
  DKIM_PRIVATE_KEY_FILE?: string;
}): [string, string][] {
  const hasKey = Boolean(env.DKIM_PRIVATE_KEY || env.DKIM_PRIVATE_KEY_FILE);
  if (!env.DKIM_DOMAIN && !env.DKIM_SELECTOR && !hasKey) return [];
  const problems: [string, string][] = [];
  const why =
    "DKIM is half configured: set DKIM_DOMAIN, DKIM_SELECTOR and one of DKIM_PRIVATE_KEY / DKIM_PRIVATE_KEY_FILE, or none of them";
  if (!env.DKIM_DOMAIN) problems.push(["DKIM_DOMAIN", why]);
  if (!env.DKIM_SELECTOR) problems.push(["DKIM_SELECTOR", why]);
  if (!hasKey) problems.push(["DKIM_PRIVATE_KEY", why]);
  if (env.DKIM_PRIVATE_KEY && env.DKIM_PRIVATE_KEY_FILE)
    problems.push([
      "DKIM_PRIVATE_KEY_FILE",
      "set DKIM_PRIVATE_KEY or DKIM_PRIVATE_KEY_FILE, not both",
    ]);
  return problems;
}

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

// Gives the address this `next start` process listens on, for requests the server makes to
// itself (warming pages after midnight). Read at call time: Next sets these while starting,
// after the configuration was first parsed. __NEXT_PRIVATE_ORIGIN is Next's own record of it.
export function ownServerOrigin(source: NodeJS.ProcessEnv = process.env): string {
  const origin = source.__NEXT_PRIVATE_ORIGIN;
  if (origin && /^https?:\/\//.test(origin)) return origin.replace(/\/+$/, "");
  return `http://127.0.0.1:${Number(source.PORT) || 3000}`;
}

// Gives the settings a build bakes in: its prerendered pages carry SITE_URL (canonical, og:url,
// JSON-LD, feeds) and its headers carry HSTS's choice. next.config.ts hands this to Next's
// `env`, which writes it into the server's code, where builtSettings() reads it back.
export function settingsToBake(env: Pick<Env, "SITE_URL" | "HSTS">): string {
  return JSON.stringify({ SITE_URL: env.SITE_URL, HSTS: env.HSTS });
}

// Gives settingsToBake() of the build this code was compiled by `next build` in; undefined
// outside a build's code (the CLI scripts, tests), where nothing was baked.
export function builtSettings(): string | undefined {
  return process.env.UUTISKIRJE_BUILT_SETTINGS;
}

// Gives the erasure journal's path: ERASURE_JOURNAL, or DATA_DIR/erasure-journal.
export function erasureJournalFile(env: Pick<Env, "ERASURE_JOURNAL" | "DATA_DIR">): string {
  return env.ERASURE_JOURNAL ?? path.join(env.DATA_DIR, "erasure-journal");
}

// Gives an absolute URL on the site for a path ("/uutiset/…"), always from SITE_URL.
export function absoluteUrl(pathname: string): string {
  return `${getEnv().SITE_URL}${pathname.startsWith("/") ? "" : "/"}${pathname}`;
}
