// The desk's test send: the issue of a day, built exactly as the send builds it (compose →
// buildIssueMail through ./issue-letters.ts → the one transport, DKIM and headers included),
// mailed to a few addresses with "[TESTI] " before the subject. It writes nothing: no send
// log, no suppression, no bounce event. Its Message-IDs are its own, so the real letter that
// follows is not taken for a duplicate, and it carries no VERP envelope, so a bounce of it can
// never be counted against a reader.
import type { Article } from "../content/articles";
import { classifyMailError, type MailFailure } from "../mail/failure";
import type { MailTransport } from "../mail/transport";
import type { LinkDeps } from "../subscription/links";
import type { TokenSubject } from "../subscription/tokens";
import { composeIssue, composeWeeklyIssue, type Issue } from "./compose-issue";
import { isIssueDay, isWeeklyIssueDay } from "./issue-calendar";
import { issueLetter, readerLinks } from "./issue-letters";
import { issuePath } from "./issue-names";
import type { IssueMailLinks } from "./issue-mail-view";
import { htmlPartBytes } from "./letter-size";
import { issueLinks, type DeadLink } from "./live-links";

export const TEST_SUBJECT_PREFIX = "[TESTI] ";

export type TestSendDeps = {
  articles: readonly Article[];
  transport: MailTransport;
  links: LinkDeps;
  // The confirmed subscriber an address is (their own links go into the letter), or null.
  findReader: (email: string) => Promise<TokenSubject | null>;
  // Gives the links that do not answer 200 now (asked once: the evening before, tomorrow's
  // articles are not live yet, and that is no reason to hold back a test).
  checkLinks: (urls: string[]) => Promise<DeadLink[]>;
};

export type TestLetter = { to: string; ownLinks: boolean; failure?: MailFailure };

export type TestSendResult =
  | { kind: "not-issue-day"; day: string; weekly: boolean }
  | { kind: "no-articles"; day: string; weekly: boolean }
  | {
      kind: "sent";
      day: string;
      weekly: boolean;
      subject: string;
      htmlBytes: number;
      notLive: DeadLink[];
      letters: TestLetter[];
    };

// Links for an address on no list: the sign-up page, as `newsletter preview` uses.
function signupLinks(siteUrl: string): IssueMailLinks {
  const page = `${siteUrl}/uutiskirje`;
  return { manageTopics: page, unsubscribe: page, oneClickUnsubscribe: page };
}

async function sendOne(issue: Issue, to: string, index: number, deps: TestSendDeps) {
  const reader = await deps.findReader(to);
  const { siteUrl, clock } = deps.links;
  const links = reader ? readerLinks(deps.links, reader) : signupLinks(siteUrl);
  const letter = issueLetter(
    issue,
    { subscriberId: reader?.id ?? "testi", email: to },
    siteUrl,
    links,
  );
  const message = { ...letter.message, subject: `${TEST_SUBJECT_PREFIX}${letter.message.subject}` };
  const key = `uutiskirje-testi.${issue.day}.${clock().toString(36)}-${index}`;
  const result: TestLetter = { to, ownLinks: reader !== null };
  try {
    await deps.transport.send(message, { key });
  } catch (error) {
    result.failure = classifyMailError(error);
  }
  return { result, message };
}

// Mails the issue of `day` (the week's digest with `weekly`; for `topics`, all when omitted)
// to each address in `to`, one mail per address, composed as the send composes it for a
// reader of that rhythm (./day-plan.ts); gives what went where, the HTML part's size and the
// links not live yet.
export async function testSendIssue(
  request: { day: string; to: readonly string[]; topics?: readonly string[]; weekly?: boolean },
  deps: TestSendDeps,
): Promise<TestSendResult> {
  const { day } = request;
  const weekly = request.weekly ?? false;
  if (!(weekly ? isWeeklyIssueDay(day) : isIssueDay(day)))
    return { kind: "not-issue-day", day, weekly };
  const compose = weekly ? composeWeeklyIssue : composeIssue;
  const issue = compose(deps.articles, day, request.topics);
  if (!issue) return { kind: "no-articles", day, weekly };
  const articles = issue.sections.flatMap((s) => s.articles);
  const notLive = await deps.checkLinks(issueLinks(issuePath(issue), articles, deps.links.siteUrl));
  const letters: TestLetter[] = [];
  let subject = "";
  let htmlBytes = 0;
  for (const [index, to] of request.to.entries()) {
    const { result, message } = await sendOne(issue, to, index, deps);
    letters.push(result);
    subject = message.subject;
    htmlBytes = Math.max(htmlBytes, htmlPartBytes(message.html));
  }
  return { kind: "sent", day, weekly, subject, htmlBytes, notLive, letters };
}
