import type { Article } from "../content/articles";
import { formatFinnishDate } from "../content/dates";
import { SITE_NAME } from "../site/config";
import { topHeadline, type Issue } from "./compose-issue";
import { renderIssueHtml } from "./issue-mail-html";

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

export type IssueMail = {
  subject: string;
  html: string;
  text: string;
  // The Message-ID's left part; the transport adds "@" and the From domain.
  messageKey: string;
  headers: {
    "List-Unsubscribe": string;
    "List-Unsubscribe-Post": string;
    "Feedback-ID": string;
  };
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

const WEEKDAYS = [
  "sunnuntai",
  "maanantai",
  "tiistai",
  "keskiviikko",
  "torstai",
  "perjantai",
  "lauantai",
];

// Gives "maanantai 2.10.2023" for "2023-10-02".
export function formatIssueDate(day: string): string {
  return `${WEEKDAYS[new Date(`${day}T00:00:00Z`).getUTCDay()]} ${formatFinnishDate(day)}`;
}

const oneLine = (text: string) => text.replace(/\s+/g, " ").trim();

// The same subscriber and day always give the same Message-ID, so a resend after a crash is
// recognisably the same message; ids outside the safe atom set are hex-encoded.
export function issueMessageKey(day: string, subscriberId: string | number): string {
  const raw = String(subscriberId);
  const id = /^[A-Za-z0-9_-]+$/.test(raw) ? raw : Buffer.from(raw).toString("hex");
  return `uutiskirje.${day}.${id}`;
}

// Gmail's feedback loop groups complaints by these fields (CampaignID:CustomerID:MailType:
// SenderId); the issue day is the campaign, the site's host the stable sender id.
export function feedbackId(day: string, siteUrl: string): string {
  return `${day.replace(/-/g, "")}:uutiskirje:issue:${new URL(siteUrl).hostname}`;
}

function makeView({ issue, siteUrl, links }: IssueMailInput): IssueMailView {
  const absolute = (path: string) => `${siteUrl.replace(/\/+$/, "")}${path}`;
  const headline = topHeadline(issue);
  const date = formatIssueDate(issue.day);
  const count = issue.articleCount === 1 ? "1 uutinen" : `${issue.articleCount} uutista`;
  return {
    issue,
    subject: oneLine(`Uutiskirje ${date}: ${headline.title}`),
    heading: `Uutiskirje ${date}`,
    summary: `${count} valitsemistasi aiheista.`,
    preheader: oneLine(headline.lead).slice(0, 140),
    senderNote: `Tämän kirjeen lähettää ${SITE_NAME} (${new URL(siteUrl).host}). Saat sen, koska tilasit uutiskirjeen ja vahvistit tilauksen.`,
    privacyUrl: absolute("/tietosuojaseloste"),
    webUrl: absolute(`/uutiskirje/arkisto/${issue.day}`),
    links,
    absolute,
    articleUrl: (article) => absolute(article.path),
  };
}

function renderText(view: IssueMailView): string {
  const sections = view.issue.sections.map((section) => {
    const items = section.articles.map(
      (a) => `${oneLine(a.title)}\n${oneLine(a.lead)}\n${view.articleUrl(a)}`,
    );
    return `${section.label.toUpperCase()}\n\n${items.join("\n\n")}`;
  });
  return (
    [
      SITE_NAME,
      view.heading,
      view.summary,
      ...sections,
      "--",
      `Muuta aiheitasi: ${view.links.manageTopics}`,
      `Peru tilaus: ${view.links.unsubscribe}`,
      `Tietosuojaseloste: ${view.privacyUrl}`,
      `Lue verkossa: ${view.webUrl}`,
      view.senderNote,
    ].join("\n\n") + "\n"
  );
}

// Gives one subscriber's issue mail: subject, HTML and text parts, Message-ID key and the
// one-click List-Unsubscribe headers. Pure: the same input always gives the same mail.
export function buildIssueMail(input: IssueMailInput): IssueMail {
  const view = makeView(input);
  return {
    subject: view.subject,
    html: renderIssueHtml(view),
    text: renderText(view),
    messageKey: issueMessageKey(input.issue.day, input.subscriberId),
    headers: {
      "List-Unsubscribe": `<${input.links.oneClickUnsubscribe}>`,
      "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
      "Feedback-ID": feedbackId(input.issue.day, input.siteUrl),
    },
  };
}
