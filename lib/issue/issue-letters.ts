import type { Article } from "../content/articles";
import type { MailMessage } from "../mail/message";
import { manageUrl, oneClickUnsubscribeUrl, type LinkDeps } from "../subscription/links";
import type { TokenSubject } from "../subscription/tokens";
import { composeIssue, type Issue } from "./compose-issue";
import { buildIssueMail } from "./issue-mail";
import type { IssueMailLinks } from "./issue-mail-view";

export type IssueLetter = { message: MailMessage; key: string };
type Reader = {
  subscriberId: number;
  tokenVersion: number;
  email: string;
  topics: string[];
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

// Gives the writer of one day's letters: each reader's issue is composed once per set of
// topics (the day's articles are filtered once for all readers who chose the same), then
// given that reader's own links and Message-ID. Null: no letter (not confirmed, or nothing
// new in their topics).
export function issueLetterWriter(window: readonly Article[], day: string, links: LinkDeps) {
  const issues = new Map<string, Issue | null>();
  return (reader: Reader): IssueLetter | null => {
    if (!reader.confirmed) return null;
    const topicSet = [...reader.topics].sort().join(",");
    let issue = issues.get(topicSet);
    if (issue === undefined) {
      issue = composeIssue(window, day, reader.topics);
      issues.set(topicSet, issue);
    }
    if (!issue) return null;
    const to = { id: reader.subscriberId, tokenVersion: reader.tokenVersion };
    return issueLetter(issue, reader, links.siteUrl, readerLinks(links, to));
  };
}
