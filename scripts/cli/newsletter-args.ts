import { parseArgs } from "node:util";
import { isCalendarDay } from "../../lib/content/dates";
import { findTopic } from "../../lib/content/taxonomy";
import { addressIdentity } from "../../lib/db/address-identity";
import { normalizeEmail } from "../../lib/subscription/email-address";

export type NewsletterCommand =
  | { command: "calendar"; month: string }
  | { command: "preview"; date: string; topics?: string[]; weekly: boolean }
  | { command: "send"; date?: string; dryRun: boolean }
  | { command: "test-send"; date: string; to: string[]; topics?: string[]; weekly: boolean }
  | { command: "bounces" }
  | { command: "status"; json: boolean };

export type ParsedArgs =
  { success: true; data: NewsletterCommand } | { success: false; error: string };

export const USAGE = `Usage:
  npm run newsletter -- calendar YYYY-MM
  npm run newsletter -- preview --date YYYY-MM-DD [--topics juridiikka,verotus] [--weekly]
  npm run newsletter -- send [--date YYYY-MM-DD] [--dry-run]
  npm run newsletter -- test-send --date YYYY-MM-DD --to ADDRESS[,ADDRESS…] [--topics …] [--weekly]
  npm run newsletter -- bounces
  npm run newsletter -- status [--json]`;

function parseTopics(value: string | undefined): { topics?: string[]; error?: string } {
  if (value === undefined) return {};
  const topics = value
    .split(",")
    .map((t) => t.trim())
    .filter(Boolean);
  const unknown = topics.filter((t) => !findTopic(t));
  if (topics.length === 0 || unknown.length) {
    return {
      error: `--topics: unknown topic "${unknown[0] ?? value}" (for example talous, verotus, juridiikka)`,
    };
  }
  return { topics };
}

// A test send goes to the desk, not to a list.
export const TEST_SEND_MAX_RECIPIENTS = 20;

// Gives the addresses of --to, each checked by the sign-up's rules (so no comma, CR/LF or
// quote reaches nodemailer, which would read them as more recipients), or what is wrong.
function parseRecipients(value: string | undefined): { to?: string[]; error?: string } {
  if (!value?.trim()) return { error: "test-send: --to ADDRESS[,ADDRESS…] is required" };
  const to: string[] = [];
  for (const raw of value.split(",")) {
    if (!raw.trim()) continue;
    const check = normalizeEmail(raw);
    if (!check.ok)
      return { error: `--to: "${raw.trim()}" is not an e-mail address (${check.error})` };
    const same = to.some((t) => addressIdentity(t) === addressIdentity(check.email));
    if (!same) to.push(check.email);
  }
  if (to.length === 0) return { error: "test-send: --to names no address" };
  if (to.length > TEST_SEND_MAX_RECIPIENTS)
    return {
      error: `--to: at most ${TEST_SEND_MAX_RECIPIENTS} addresses (a test goes to the desk)`,
    };
  return { to };
}

function parseCommand(argv: string[]): NewsletterCommand | string {
  const [command, ...rest] = argv;
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    options: {
      date: { type: "string" },
      topics: { type: "string" },
      to: { type: "string" },
      json: { type: "boolean" },
      "dry-run": { type: "boolean" },
      weekly: { type: "boolean" },
    },
  });
  if (command === "calendar") {
    const month = positionals[0];
    if (!month || !/^\d{4}-(0[1-9]|1[0-2])$/.test(month))
      return `calendar: expected a month YYYY-MM, got "${month ?? ""}"`;
    return { command, month };
  }
  if (positionals.length) return `${command}: unexpected argument "${positionals[0]}"`;
  if (command === "bounces" || command === "status") {
    const extra = Object.keys(values).find((o) => command === "bounces" || o !== "json");
    if (extra)
      return `${command}: takes no options${command === "status" ? " but --json" : ""} (got --${extra})`;
    return command === "status" ? { command, json: values.json ?? false } : { command };
  }
  if (values.date !== undefined && !isCalendarDay(values.date)) {
    return `--date: expected a calendar day YYYY-MM-DD, got "${values.date}"`;
  }
  if (command === "preview") {
    if (!values.date) return "preview: --date YYYY-MM-DD is required";
    const { topics, error } = parseTopics(values.topics);
    return error ?? { command, date: values.date, topics, weekly: values.weekly ?? false };
  }
  if (command === "test-send") {
    if (!values.date) return "test-send: --date YYYY-MM-DD is required";
    if (values["dry-run"]) return "test-send: --dry-run is for send";
    const { topics, error } = parseTopics(values.topics);
    const recipients = parseRecipients(values.to);
    const weekly = values.weekly ?? false;
    return (
      error ??
      recipients.error ?? { command, date: values.date, to: recipients.to!, topics, weekly }
    );
  }
  if (values.to !== undefined) return `${command}: --to is for test-send`;
  if (values.weekly !== undefined && command === "send")
    return "send: takes no --weekly (each reader gets the letter of their own rhythm; the week's digest goes out on its day)";
  if (values.topics !== undefined && command === "send")
    return "send: takes no --topics (each reader gets their own topics)";
  if (command === "send") return { command, date: values.date, dryRun: values["dry-run"] ?? false };
  return command ? `unknown command "${command}"` : "no command given";
}

// Gives the command the CLI arguments ask for, or the reason they are wrong.
export function parseNewsletterArgs(argv: string[]): ParsedArgs {
  try {
    const result = parseCommand(argv);
    return typeof result === "string"
      ? { success: false, error: result }
      : { success: true, data: result };
  } catch (error) {
    // node:util parseArgs throws on unknown options such as --dat; that is bad input, not a bug.
    return { success: false, error: (error as Error).message.split(". To specify")[0]! };
  }
}
