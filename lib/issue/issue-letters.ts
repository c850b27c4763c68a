import type { Frequency } from "../db";
import type { MailMessage } from "../mail/message";
import { manageUrl, oneClickUnsubscribeUrl, type LinkDeps } from "../subscription/links";
import type { TokenSubject } from "../subscription/tokens";
import type { Issue } from "./compose-issue";
import { composeForReader, type DayPlan } from "./day-plan";
import { buildIssueMail } from "./issue-mail";
import type { IssueMailLinks } from "./issue-mail-view";

export type IssueLetter = { message: MailMessage; key: string };
type Reader = {
  subscriberId: number;
  tokenVersion: number;
  email: string;
  topics: string[];
  frequency: Frequency;
  confirmed: boolean;
};

// Gives a subscriber's own links: their manage page and their one-click unsubscribe.
export function readerLinks(links: LinkDeps, to: TokenSubject): IssueMailLinks {
  return {
    manageTopics: manageUrl(links, to),
    unsubscribe: manageUrl(links, to),
    oneClickUnsubscribe: oneClickUnsubscribeUrl(links, to),
  };
}

// Gives one letter of `issue` to `email` with these links: the mail as the transport takes it
// and its Message-ID key. The send and the test send (./test-send.ts) both build through here.
export function issueLetter(
  issue: Issue,
  to: { subscriberId: string | number; email: string },
  siteUrl: string,
  links: IssueMailLinks,
): IssueLetter {
  const mail = buildIssueMail({ issue, subscriberId: to.subscriberId, siteUrl, links });
  const { subject, text, html, unsubscribeUrl, headers } = mail;
  return {
    message: { to: to.email, subject, text, html, unsubscribeUrl, headers },
    key: mail.messageKey,
  };
}

// Gives the writer of one day's letters: each reader's letter (the day's, or the week's
// digest, by their rhythm) is composed once per rhythm and set of topics (the articles are
// filtered once for all readers who chose the same), then given that reader's own links and
// Message-ID. Null: no letter (not confirmed, or nothing new for their rhythm and topics).
export function issueLetterWriter(plan: DayPlan, links: LinkDeps) {
  const issues = new Map<string, Issue | null>();
  return (reader: Reader): IssueLetter | null => {
    if (!reader.confirmed) return null;
    const choice = `${reader.frequency}:${[...reader.topics].sort().join(",")}`;
    let issue = issues.get(choice);
    if (issue === undefined) {
      issue = composeForReader(plan, reader.frequency, reader.topics);
      issues.set(choice, issue);
    }
    if (!issue) return null;
    const to = { id: reader.subscriberId, tokenVersion: reader.tokenVersion };
    return issueLetter(issue, reader, links.siteUrl, readerLinks(links, to));
  };
}
