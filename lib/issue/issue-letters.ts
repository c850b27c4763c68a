import type { Article } from "../content/articles";
import type { MailMessage } from "../mail/message";
import { manageUrl, oneClickUnsubscribeUrl, type LinkDeps } from "../subscription/links";
import { composeIssue, type Issue } from "./compose-issue";
import { buildIssueMail } from "./issue-mail";

export type IssueLetter = { message: MailMessage; key: string };
type Reader = {
  subscriberId: number;
  tokenVersion: number;
  email: string;
  topics: string[];
  confirmed: boolean;
};

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
    const mail = buildIssueMail({
      issue,
      subscriberId: to.id,
      siteUrl: links.siteUrl,
      links: {
        manageTopics: manageUrl(links, to),
        unsubscribe: manageUrl(links, to),
        oneClickUnsubscribe: oneClickUnsubscribeUrl(links, to),
      },
    });
    const { subject, text, html, unsubscribeUrl, headers } = mail;
    return {
      message: { to: reader.email, subject, text, html, unsubscribeUrl, headers },
      key: mail.messageKey,
    };
  };
}
