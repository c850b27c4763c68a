// The newsletter command line: calendar, preview and send. Composition root: it reads the
// configuration and content and hands them to lib/issue.
import { getAllArticles } from "../lib/content/articles";
import { helsinkiToday } from "../lib/content/dates";
import { getEnv } from "../lib/env";
import { parseNewsletterArgs, USAGE, type NewsletterCommand } from "./cli/newsletter-args";
import { composeIssue } from "../lib/issue/compose-issue";
import { issueDaysInMonth } from "../lib/issue/issue-calendar";
import { buildIssueMail } from "../lib/issue/issue-mail";
import { describeSendResult } from "../lib/issue/send-report";
import { sendIssue } from "../lib/issue/send-issue";
import { dryRunIssue } from "../lib/issue/send-preview";
import { openSendDeps } from "../lib/issue/send-setup";

async function run(command: NewsletterCommand): Promise<number> {
  if (command.command === "calendar") {
    process.stdout.write(
      issueDaysInMonth(command.month)
        .map((d) => `${d}\n`)
        .join(""),
    );
    return 0;
  }
  if (command.command === "preview") {
    const issue = composeIssue(getAllArticles(), command.date, command.topics);
    if (!issue) {
      process.stderr.write(
        `No issue for ${command.date}: not an issue day, or no new articles in these topics.\n`,
      );
      return 0;
    }
    const siteUrl = getEnv().SITE_URL;
    const page = `${siteUrl}/uutiskirje`;
    const links = { manageTopics: page, unsubscribe: page, oneClickUnsubscribe: page };
    process.stdout.write(
      buildIssueMail({ issue, subscriberId: "esikatselu", siteUrl, links }).html,
    );
    return 0;
  }
  return send(command.date ?? helsinkiToday(), command.dryRun);
}

async function send(day: string, dryRun: boolean): Promise<number> {
  const deps = await openSendDeps(getEnv());
  try {
    const result = dryRun ? await dryRunIssue(day, deps) : await sendIssue(day, deps);
    const lines = describeSendResult(result);
    process.stdout.write(`${lines.join("\n")}\n`);
    // Mail left unsent means SMTP trouble or a site that is not current: a non-zero status
    // makes cron tell someone.
    if (result.kind === "dead-links") return 1;
    return result.kind === "sent" && (result.stopped || result.deferred > 0) ? 1 : 0;
  } finally {
    await deps.close();
  }
}

const parsed = parseNewsletterArgs(process.argv.slice(2));
if (!parsed.success) {
  process.stderr.write(`newsletter: ${parsed.error}\n\n${USAGE}\n`);
  process.exit(2);
}
run(parsed.data).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`newsletter: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
