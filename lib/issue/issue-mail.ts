import { SITE_NAME } from "../site/config";
import type { IssueKind } from "./compose-issue";
import { renderIssueHtml } from "./issue-mail-html";
import {
  makeIssueMailView,
  oneLine,
  type IssueMailInput,
  type IssueMailView,
} from "./issue-mail-view";

export type IssueMail = {
  subject: string;
  html: string;
  text: string;
  // The Message-ID's left part; the transport adds "@" and the From domain.
  messageKey: string;
  // RFC 8058 one-click URL; lib/mail turns it into both List-Unsubscribe headers.
  unsubscribeUrl: string;
  headers: { "Feedback-ID": string };
};

// The same subscriber and day always give the same Message-ID, so a resend after a crash is
// recognisably the same message; ids outside the safe atom set are hex-encoded.
export function issueMessageKey(day: string, subscriberId: string | number): string {
  const raw = String(subscriberId);
  const id = /^[A-Za-z0-9_-]+$/.test(raw) ? raw : Buffer.from(raw).toString("hex");
  return `uutiskirje.${day}.${id}`;
}

// Gmail's feedback loop groups complaints by these fields (CampaignID:CustomerID:MailType:
// SenderId); the issue day is the campaign, the site's host the stable sender id.
export function feedbackId(day: string, siteUrl: string, kind: IssueKind = "daily"): string {
  const type = kind === "weekly" ? "weekly" : "issue";
  return `${day.replace(/-/g, "")}:uutiskirje:${type}:${new URL(siteUrl).hostname}`;
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
// one-click unsubscribe URL. Pure: the same input always gives the same mail.
export function buildIssueMail(input: IssueMailInput): IssueMail {
  const view = makeIssueMailView(input);
  return {
    subject: view.subject,
    html: renderIssueHtml(view),
    text: renderText(view),
    messageKey: issueMessageKey(input.issue.day, input.subscriberId),
    unsubscribeUrl: input.links.oneClickUnsubscribe,
    headers: { "Feedback-ID": feedbackId(input.issue.day, input.siteUrl, input.issue.kind) },
  };
}
