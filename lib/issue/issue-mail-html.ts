import type { Article } from "../content/articles";
import { escapeMarkup } from "../escape";
import { SITE_NAME } from "../site/config";
import type { IssueMailView } from "./issue-mail-view";

// Inline styles carry the light look (Gmail drops <style> in some views); the classes let
// clients that honour prefers-color-scheme, and Outlook.com's [data-ogsc], switch to dark.
const FONT = "font-family:Arial,Helvetica,sans-serif;";
const DARK_CSS = `
  :root { color-scheme: light dark; supported-color-schemes: light dark; }
  @media (prefers-color-scheme: dark) {
    .bg { background-color:#111827 !important; }
    .card { background-color:#1f2937 !important; }
    .fg { color:#f9fafb !important; }
    .muted { color:#d1d5db !important; }
    .link { color:#93c5fd !important; }
  }
  [data-ogsc] .fg { color:#f9fafb !important; }
  [data-ogsc] .muted { color:#d1d5db !important; }
  [data-ogsc] .link { color:#93c5fd !important; }`;

function articleBlock(article: Article, view: IssueMailView): string {
  const url = escapeMarkup(view.articleUrl(article));
  const image = article.image
    ? `<img src="${escapeMarkup(view.absolute(article.image.src))}" alt="${escapeMarkup(article.image.alt)}" width="552" style="display:block;width:100%;max-width:552px;height:auto;border:0;margin:0 0 8px;">`
    : "";
  return `<tr><td style="padding:0 0 20px;">${image}
<h3 class="fg" style="${FONT}margin:0 0 6px;font-size:18px;line-height:1.35;color:#111827;"><a class="link" href="${url}" style="color:#1d4ed8;text-decoration:underline;">${escapeMarkup(article.title)}</a></h3>
<p class="fg" style="${FONT}margin:0;font-size:15px;line-height:1.55;color:#1f2937;">${escapeMarkup(article.lead)}</p>
</td></tr>`;
}

function footerLink(href: string, label: string): string {
  return `<a class="link" href="${escapeMarkup(href)}" style="color:#1d4ed8;text-decoration:underline;">${label}</a>`;
}

// Gives the HTML part: table layout, inline styles, real headings, lang="fi", everything in
// one <main> landmark so that a screen reader's "main content" jump lands on the letter.
export function renderIssueHtml(view: IssueMailView): string {
  const sections = view.issue.sections
    .map(
      (section) => `<tr><td style="padding:8px 0 12px;">
<h2 class="fg" style="${FONT}margin:0;padding:0 0 4px;font-size:20px;color:#111827;border-bottom:2px solid #9ca3af;">${escapeMarkup(section.label)}</h2>
</td></tr>
${section.articles.map((a) => articleBlock(a, view)).join("\n")}`,
    )
    .join("\n");
  const links = [
    footerLink(view.links.manageTopics, "Muuta aiheitasi"),
    footerLink(view.links.unsubscribe, "Peru tilaus"),
    footerLink(view.privacyUrl, "Tietosuojaseloste"),
    footerLink(view.webUrl, "Lue verkossa"),
  ].join(" &middot; ");
  return `<!DOCTYPE html>
<html lang="fi" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<meta name="supported-color-schemes" content="light dark">
<title>${escapeMarkup(view.subject)}</title>
<style>${DARK_CSS}
</style>
</head>
<body class="bg" style="margin:0;padding:0;background-color:#f3f4f6;">
<main>
<div style="display:none;max-height:0;overflow:hidden;">${escapeMarkup(view.preheader)}</div>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" class="bg" style="background-color:#f3f4f6;">
<tr><td align="center" style="padding:24px 12px;">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" border="0" class="card" style="width:100%;max-width:600px;background-color:#ffffff;">
<tr><td style="padding:24px;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0">
<tr><td style="padding:0 0 16px;">
<p class="muted" style="${FONT}margin:0 0 4px;font-size:14px;color:#4b5563;">${escapeMarkup(SITE_NAME)}</p>
<h1 class="fg" style="${FONT}margin:0;font-size:26px;line-height:1.25;color:#111827;">${escapeMarkup(view.heading)}</h1>
<p class="muted" style="${FONT}margin:6px 0 0;font-size:14px;color:#4b5563;">${escapeMarkup(view.summary)}</p>
</td></tr>
${sections}
<tr><td style="padding:16px 0 0;border-top:1px solid #d1d5db;">
<p class="muted" style="${FONT}margin:0 0 8px;font-size:13px;line-height:1.5;color:#4b5563;">${links}</p>
<p class="muted" style="${FONT}margin:0;font-size:13px;line-height:1.5;color:#4b5563;">${escapeMarkup(view.senderNote)}</p>
</td></tr>
</table>
</td></tr>
</table>
</td></tr>
</table>
</main>
</body>
</html>
`;
}
