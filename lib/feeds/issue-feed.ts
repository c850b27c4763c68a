import { helsinkiStartOfDay } from "../content/dates";
import { absoluteUrl } from "../env";
import { escapeMarkup } from "../escape";
import { ISSUE_ARCHIVE_BASE, type IssueSummary } from "../issue/issue-archive";
import { SITE_NAME } from "../site/config";
import { FEED_LIMIT } from "./feeds";

// An issue's RSS description lists its headlines, so a feed reader shows what it holds.
function describe(summary: IssueSummary): string {
  return summary.issue.sections
    .map((s) => `${s.label}: ${s.articles.map((a) => a.title).join("; ")}`)
    .join(" — ");
}

// Gives an RSS 2.0 document of the newest letters, one item per day's letter or week's digest.
export function renderIssueRss(issues: IssueSummary[]): string {
  const items = issues.slice(0, FEED_LIMIT).map((summary) => {
    const url = absoluteUrl(summary.path);
    return `    <item>
      <title>${escapeMarkup(summary.title)}</title>
      <link>${escapeMarkup(url)}</link>
      <guid isPermaLink="true">${escapeMarkup(url)}</guid>
      <pubDate>${new Date(helsinkiStartOfDay(summary.day)).toUTCString()}</pubDate>
      <description>${escapeMarkup(describe(summary))}</description>
    </item>`;
  });
  const built = issues[0]
    ? `    <lastBuildDate>${new Date(helsinkiStartOfDay(issues[0].day)).toUTCString()}</lastBuildDate>\n`
    : "";
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
  <channel>
    <title>${escapeMarkup(`${SITE_NAME}: uutiskirjeet`)}</title>
    <link>${escapeMarkup(absoluteUrl(ISSUE_ARCHIVE_BASE))}</link>
    <description>Jokaisen arkipäivän uutiskirje ja viikon uutisten kooste kaikista aiheista.</description>
    <language>fi</language>
    <atom:link href="${escapeMarkup(absoluteUrl(`${ISSUE_ARCHIVE_BASE}/feed.xml`))}" rel="self" type="application/rss+xml"/>
${built}${items.join("\n")}
  </channel>
</rss>
`;
}
