import "server-only";
import { createRateLimiter, migrate, openDatabase, type Db, type Frequency } from "@/lib/db";
import { getIssueArchive, ISSUE_ARCHIVE_BASE } from "@/lib/issue/issue-archive";
import { getEnv, type Env } from "@/lib/env";
import { consoleLogger, type Logger } from "@/lib/log";
import { createTransportFromEnv, type MailTransport } from "@/lib/mail";
import { SITE_NAME } from "@/lib/site/config";
import type { NewsletterDeps, NewsletterServer } from "../subscription/deps";
import { startDeliveryLoop, type DeliveryLoop } from "./delivery-loop";
import { resolveTokenSecret } from "../subscription/token-secret";

// The composition root: the one place that turns configuration into collaborators, for the
// server (getNewsletterServer, startMailDelivery) and the CLI scripts (openConfiguredDatabase).
export type { NewsletterServer };

// Gives the configured mail transport (the one builder, lib/mail), with the link secret that
// signs VERP tokens; `pool` keeps up to `maxConnections` SMTP connections open for the send.
export function openConfiguredTransport(
  env: Env = getEnv(),
  options: { pool?: boolean; maxConnections?: number } = {},
) {
  return createTransportFromEnv(env, { tokenSecret: resolveTokenSecret(env), ...options });
}

// Opens the database DATABASE_URL names, as it is (npm run db:migrate migrates it itself).
export function openDatabaseFromEnv(env: Env = getEnv()) {
  return openDatabase({ url: env.DATABASE_URL, dataDir: env.DATA_DIR });
}

// Opens the configured database and applies pending migrations (never at import time); what
// they report goes to `log` (a command whose stdout is data logs it on stderr instead).
export async function openConfiguredDatabase(env: Env = getEnv(), log: Logger = consoleLogger) {
  const db = openDatabaseFromEnv(env);
  await migrate(db, undefined, {
    onReport: (id, line) => log.info(`migration ${id}: ${line}`),
  });
  return db;
}

// Gives the subscription domain's collaborators for this configuration and database (the
// server's and the subscribers CLI's); `onMailQueued` wakes a delivery loop when there is one.
export function newsletterDeps(
  db: Db,
  env: Env = getEnv(),
  onMailQueued?: () => void,
): NewsletterDeps {
  return {
    db,
    clock: Date.now,
    siteUrl: env.SITE_URL,
    siteName: SITE_NAME,
    tokenSecret: resolveTokenSecret(env),
    log: consoleLogger,
    onMailQueued,
    newestIssuePath,
  };
}

// The newest letter of a rhythm in the web archive (a weekly reader's is the newest digest),
// else the newest of any kind, else the archive itself.
function newestIssuePath(frequency: Frequency): string {
  const archive = getIssueArchive();
  const kind = frequency === "weekly" ? "weekly" : "daily";
  return (archive.find((s) => s.issue.kind === kind) ?? archive[0])?.path ?? ISSUE_ARCHIVE_BASE;
}

async function build(): Promise<NewsletterServer> {
  const env = getEnv();
  const db = await openConfiguredDatabase(env);
  const limiter =
    env.SIGNUP_RATE_LIMIT > 0
      ? await createRateLimiter(db, {
          keyPrefix: "signup",
          points: env.SIGNUP_RATE_LIMIT,
          durationSeconds: 600,
        })
      : null;
  const deps = newsletterDeps(db, env, () => state().loop?.wake());
  return { deps, limiter, trustProxy: env.TRUST_PROXY };
}

type State = {
  server?: Promise<NewsletterServer>;
  loop?: DeliveryLoop;
  transport?: MailTransport;
  starting?: boolean;
};
// On globalThis: route handlers and instrumentation may load this module more than once.
const state = (): State => ((globalThis as { __newsletter?: State }).__newsletter ??= {});

// Gives the server's collaborators, built on first use and shared by every request.
export function getNewsletterServer(): Promise<NewsletterServer> {
  const s = state();
  s.server ??= build().catch((error) => {
    s.server = undefined;
    throw error;
  });
  return s.server;
}

// Lets a test hand in its own collaborators (a temporary database, a fixed clock).
export function setNewsletterServer(server: NewsletterServer | undefined) {
  state().server = server && Promise.resolve(server);
}

// Starts the delivery loop once per process (instrumentation.ts calls this at server start).
export async function startMailDelivery() {
  const s = state();
  if (s.starting) return;
  s.starting = true;
  const { deps } = await getNewsletterServer().catch((error) => {
    s.starting = false; // let the next start attempt try again
    throw error;
  });
  s.transport = openConfiguredTransport();
  s.loop = startDeliveryLoop(
    { ...deps, transport: s.transport },
    getEnv().MAIL_DELIVERY_INTERVAL_MS,
  );
  deps.log.info(`mail delivery started (${s.transport.kind})`);
}
