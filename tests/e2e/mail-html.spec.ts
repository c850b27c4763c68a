import { expect, test } from "@playwright/test";
import { composeIssue, composeWeeklyIssue } from "@/lib/issue/compose-issue";
import { buildIssueMail } from "@/lib/issue/issue-mail";
import { buildWelcomeMail } from "@/lib/mail/messages/subscription";
import { makeArticle } from "@/tests/fixtures/articles";
import { expectNoAxeViolations } from "./support/axe";

// The HTML parts of the mails a reader gets, checked like the pages: rendered in Chromium,
// axe finds nothing (WCAG 2.2 A/AA and best practices).
const SITE = "https://uutiskirje.example";
const links = {
  manageTopics: `${SITE}/uutiskirje/asetukset?token=1.abc.def`,
  unsubscribe: `${SITE}/uutiskirje/asetukset?token=1.abc.def`,
  oneClickUnsubscribe: `${SITE}/api/newsletter/unsubscribe?token=1.abc.def`,
};
const articles = [
  makeArticle({ title: "Korkein oikeus linjasi", date: "2023-10-02", topics: ["rikosoikeus"] }),
  makeArticle({ title: "Verottaja ohjeisti", date: "2023-10-04", topics: ["verotus"] }),
  makeArticle({ title: "Inflaatio hidastui", date: "2023-10-06", topics: ["talous"] }),
];

const mails = {
  welcome: buildWelcomeMail({
    to: "lukija@esimerkki.fi",
    siteName: "Juridiikan ja talouden uutiskirje",
    topicLabels: ["Talous", "Verotus"],
    rhythm: { label: "Kerran viikossa", schedule: "Viikon uutiset perjantaisin klo 7." },
    newestIssueUrl: `${SITE}/uutiskirje/arkisto/viikko/2023-40`,
    manageUrl: links.manageTopics,
    privacyUrl: `${SITE}/tietosuojaseloste`,
    oneClickUnsubscribeUrl: links.oneClickUnsubscribe,
  }).html,
  daily: buildIssueMail({
    issue: composeIssue(articles, "2023-10-06")!,
    subscriberId: 1,
    siteUrl: SITE,
    links,
  }).html,
  weekly: buildIssueMail({
    issue: composeWeeklyIssue(articles, "2023-10-06")!,
    subscriberId: 1,
    siteUrl: SITE,
    links,
  }).html,
};

for (const [name, html] of Object.entries(mails)) {
  test(`the ${name} mail's HTML part passes axe`, async ({ page }) => {
    await page.setContent(html);
    await expect(page.locator("html")).toHaveAttribute("lang", "fi");
    await expect(page.getByRole("heading", { level: 1 })).toHaveCount(1);
    await expectNoAxeViolations(page);
  });
}
