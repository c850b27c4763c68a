import { escapeMarkup } from "../../escape";

// Plain, accessible HTML for mail clients: one column, real text, a link that reads as a
// sentence, no images, lang="fi" so screen readers pick Finnish.

export type MailLink = { label: string; url: string };

export type MailBody = {
  title: string;
  paragraphs: string[];
  action?: MailLink;
  // Links under the rule (change the subscription, privacy notice), before the footer text.
  links?: MailLink[];
  footer: string[];
};

// Gives the HTML part of a mail.
export function renderHtml(body: MailBody, siteName: string): string {
  const p = (text: string) => `<p style="margin:0 0 16px">${escapeMarkup(text)}</p>`;
  const action = body.action
    ? `<p style="margin:24px 0"><a href="${escapeMarkup(body.action.url)}" style="background:#1d4ed8;color:#ffffff;padding:12px 20px;border-radius:4px;text-decoration:underline;display:inline-block">${escapeMarkup(body.action.label)}</a></p>`
    : "";
  const links = body.links?.length
    ? `<ul style="margin:0 0 16px;padding-left:20px">${body.links
        .map(
          (l) =>
            `<li style="margin:0 0 8px"><a href="${escapeMarkup(l.url)}" style="color:#1d4ed8;text-decoration:underline">${escapeMarkup(l.label)}</a></li>`,
        )
        .join("")}</ul>`
    : "";
  return `<!doctype html>
<html lang="fi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${escapeMarkup(body.title)}</title></head>
<body style="margin:0;padding:24px;font-family:Arial,sans-serif;font-size:16px;line-height:1.5;color:#1e293b;background:#ffffff">
<main style="max-width:560px">
<h1 style="font-size:22px;margin:0 0 16px">${escapeMarkup(body.title)}</h1>
${body.paragraphs.map(p).join("\n")}
${action}
<hr style="border:0;border-top:1px solid #cbd5e1;margin:24px 0">
${links}
${body.footer.map(p).join("\n")}
<p style="margin:0">${escapeMarkup(siteName)}</p>
</main></body></html>`;
}

// Gives the plain-text part of a mail: the same words, the link written out.
export function renderText(body: MailBody, siteName: string): string {
  const written = (link: MailLink) => `${link.label}:\n${link.url}`;
  const action = body.action ? [written(body.action)] : [];
  const links = (body.links ?? []).map(written);
  return (
    [body.title, ...body.paragraphs, ...action, "--", ...links, ...body.footer, siteName].join(
      "\n\n",
    ) + "\n"
  );
}
