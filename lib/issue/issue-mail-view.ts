import type { Article } from "../content/articles";
import { SITE_NAME } from "../site/config";
import { topHeadline, type Issue } from "./compose-issue";
import { issuePath, issueTitle } from "./issue-names";

export type IssueMailLinks = {
  manageTopics: string;
  unsubscribe: string;
  // RFC 8058: a POST to this https URL unsubscribes without any further step.
  oneClickUnsubscribe: string;
};

export type IssueMailInput = {
  issue: Issue;
  subscriberId: string | number;
  siteUrl: string;
  links: IssueMailLinks;
};

export type IssueMailView = {
  issue: Issue;
  subject: string;
  heading: string;
  summary: string;
  preheader: string;
  senderNote: string;
  privacyUrl: string;
  webUrl: string;
  links: IssueMailLinks;
  absolute: (path: string) => string;
  articleUrl: (article: Article) => string;
};

export const oneLine = (text: string) => text.replace(/\s+/g, " ").trim();

// Gives what both parts of one subscriber's issue mail say: subject, headings, links.
export function makeIssueMailView({ issue, siteUrl, links }: IssueMailInput): IssueMailView {
  const absolute = (path: string) => `${siteUrl.replace(/\/+$/, "")}${path}`;
  const headline = topHeadline(issue);
  const count = issue.articleCount === 1 ? "1 uutinen" : `${issue.articleCount} uutista`;
  const weekly = issue.kind === "weekly";
  const heading = issueTitle(issue);
  return {
    issue,
    // The week's subject names the week, not one story: the digest is a summary.
    subject: weekly ? heading : oneLine(`${heading}: ${headline.title}`),
    heading,
    summary: `${count} valitsemistasi aiheista${weekly ? " tällä viikolla" : ""}.`,
    preheader: oneLine(headline.lead).slice(0, 140),
    senderNote: `Tämän kirjeen lähettää ${SITE_NAME} (${new URL(siteUrl).host}). Saat sen ${weekly ? "kerran viikossa" : "joka arkipäivä"}, koska tilasit uutiskirjeen ja vahvistit tilauksen.`,
    privacyUrl: absolute("/tietosuojaseloste"),
    webUrl: absolute(issuePath(issue)),
    links,
    absolute,
    articleUrl: (article) => absolute(article.path),
  };
}
