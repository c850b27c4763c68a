import { getMailableArticles } from "../../lib/content/articles";
import { getEnv } from "../../lib/env";
import { composeIssue, composeWeeklyIssue } from "../../lib/issue/compose-issue";
import { buildIssueMail } from "../../lib/issue/issue-mail";
import { formatKB, HTML_PART_LIMIT, htmlPartBytes } from "../../lib/issue/letter-size";
import type { NewsletterCommand } from "./newsletter-args";

// `newsletter preview`: writes the letter's HTML to stdout and its size to stderr (stdout is
// the HTML itself, usually redirected to a file). Links lead to the sign-up page.
export function previewIssue(command: Extract<NewsletterCommand, { command: "preview" }>): number {
  const compose = command.weekly ? composeWeeklyIssue : composeIssue;
  const issue = compose(getMailableArticles(), command.date, command.topics);
  if (!issue) {
    const day = command.weekly ? "not the week's digest day" : "not an issue day";
    process.stderr.write(
      `No ${command.weekly ? "weekly digest" : "issue"} for ${command.date}: ${day}, or no new articles in these topics.\n`,
    );
    return 0;
  }
  const siteUrl = getEnv().SITE_URL;
  const page = `${siteUrl}/uutiskirje`;
  const links = { manageTopics: page, unsubscribe: page, oneClickUnsubscribe: page };
  const { html } = buildIssueMail({ issue, subscriberId: "esikatselu", siteUrl, links });
  process.stdout.write(html);
  const size = htmlPartBytes(html);
  const over = size > HTML_PART_LIMIT ? ": send would refuse this issue" : "";
  process.stderr.write(
    `HTML part: ${formatKB(size)} (limit ${formatKB(HTML_PART_LIMIT)}${over}).\n`,
  );
  return 0;
}
