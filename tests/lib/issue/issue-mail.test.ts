// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { composeIssue, composeWeeklyIssue } from "@/lib/issue/compose-issue";
import { formatWeekdayDate } from "@/lib/content/dates";
import { buildIssueMail, issueMessageKey } from "@/lib/issue/issue-mail";
import { extraHeaders } from "@/lib/mail";
import { makeArticle } from "@/tests/fixtures/articles";

const law = makeArticle({
  title: "Korkein oikeus <linjasi> & päätti",
  date: "2023-10-02",
  topics: ["rikosoikeus"],
});
const tax = makeArticle({ title: "Verottaja ohjeisti", date: "2023-09-30", topics: ["verotus"] });
tax.image = { src: "/kuvat/vero.jpg", alt: "Veroilmoitus pöydällä" };
const issue = composeIssue([law, tax], "2023-10-02")!;
const links = {
  manageTopics: "https://uutiskirje.example/uutiskirje/asetukset?t=abc",
  unsubscribe: "https://uutiskirje.example/uutiskirje/peru?t=abc",
  oneClickUnsubscribe: "https://uutiskirje.example/api/uutiskirje/peru?t=abc",
};
const mail = buildIssueMail({
  issue,
  subscriberId: 42,
  siteUrl: "https://uutiskirje.example",
  links,
});
const doc = new DOMParser().parseFromString(mail.html, "text/html");

describe("buildIssueMail", () => {
  it("puts the Finnish date and the newest headline in the subject", () => {
    expect(formatWeekdayDate("2023-10-02")).toBe("maanantai 2.10.2023");
    expect(mail.subject).toBe("Uutiskirje maanantai 2.10.2023: Korkein oikeus <linjasi> & päätti");
  });

  it("sets the one-click unsubscribe headers of RFC 8058 and a Feedback-ID naming the issue", () => {
    const { hostname } = new URL(mail.html.match(/https?:\/\/[^/"]+/)![0]);
    expect(extraHeaders({ to: "lukija@esimerkki.fi", ...mail })).toEqual({
      "List-Unsubscribe": `<${links.oneClickUnsubscribe}>`,
      "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
      "Feedback-ID": `20231002:uutiskirje:issue:${hostname}`,
    });
  });

  it("gives a Message-ID that is stable per issue and subscriber and differs between them", () => {
    expect(mail.messageKey).toBe("uutiskirje.2023-10-02.42");
    expect(issueMessageKey("2023-10-02", 42)).toBe(mail.messageKey);
    expect(issueMessageKey("2023-10-03", 42)).not.toBe(mail.messageKey);
    expect(issueMessageKey("2023-10-02", 43)).not.toBe(mail.messageKey);
    expect(issueMessageKey("2023-10-02", "a@b")).toBe("uutiskirje.2023-10-02.614062");
  });

  it("is Finnish HTML with one h1, a heading per topic and a linked heading per article", () => {
    expect(doc.documentElement.lang).toBe("fi");
    expect(doc.querySelectorAll("h1")).toHaveLength(1);
    expect([...doc.querySelectorAll("h2")].map((h) => h.textContent)).toEqual([
      "Verotus",
      "Juridiikka",
    ]);
    const titles = [...doc.querySelectorAll("h3 a")].map((a) => [
      a.textContent,
      a.getAttribute("href"),
    ]);
    expect(titles).toEqual([
      [tax.title, `https://uutiskirje.example${tax.path}`],
      [law.title, `https://uutiskirje.example${law.path}`],
    ]);
    expect(mail.html).not.toContain("<linjasi>");
  });

  it("lays out with presentation tables and inline styles, and has a dark-mode style", () => {
    expect(doc.querySelectorAll('table[role="presentation"]').length).toBeGreaterThan(1);
    expect(doc.querySelector("h1")!.getAttribute("style")).toMatch(/font-size/);
    expect(doc.querySelector('meta[name="color-scheme"]')!.getAttribute("content")).toBe(
      "light dark",
    );
    expect(mail.html).toContain("prefers-color-scheme: dark");
  });

  it("gives every image an alt text and an absolute address", () => {
    const img = doc.querySelector("img")!;
    expect(img.getAttribute("alt")).toBe("Veroilmoitus pöydällä");
    expect(img.getAttribute("src")).toBe("https://uutiskirje.example/kuvat/vero.jpg");
  });

  it("has a footer with manage, unsubscribe, privacy notice and the sender", () => {
    const hrefs = [...doc.querySelectorAll("a")].map((a) => [
      a.textContent,
      a.getAttribute("href"),
    ]);
    expect(hrefs).toEqual(
      expect.arrayContaining([
        ["Muuta aiheitasi", links.manageTopics],
        ["Peru tilaus", links.unsubscribe],
        ["Tietosuojaseloste", "https://uutiskirje.example/tietosuojaseloste"],
        ["Lue verkossa", "https://uutiskirje.example/uutiskirje/arkisto/2023-10-02"],
      ]),
    );
    expect(doc.body.textContent).toContain(
      "Tämän kirjeen lähettää Juridiikan ja talouden uutiskirje",
    );
  });

  it("has a plain-text part with every title, lead, link and footer link", () => {
    for (const a of [law, tax]) {
      expect(mail.text).toContain(a.title);
      expect(mail.text).toContain(a.lead);
      expect(mail.text).toContain(`https://uutiskirje.example${a.path}`);
    }
    expect(mail.text).toContain(`Peru tilaus: ${links.unsubscribe}`);
    expect(mail.text).not.toMatch(/<(a|p|h[1-6]|table)\b/);
  });
});

describe("buildIssueMail for the weekly digest", () => {
  const friday = makeArticle({
    title: "Perjantain uutinen",
    date: "2023-10-06",
    topics: ["talous"],
  });
  const weekly = buildIssueMail({
    issue: composeWeeklyIssue([law, tax, friday], "2023-10-06")!,
    subscriberId: 42,
    siteUrl: "https://uutiskirje.example",
    links,
  });

  it("names the week in the subject and heading, and links the week's web copy", () => {
    expect(weekly.subject).toBe("Viikon uutiset 2.–6.10.2023");
    const page = new DOMParser().parseFromString(weekly.html, "text/html");
    expect(page.querySelector("h1")?.textContent).toBe("Viikon uutiset 2.–6.10.2023");
    expect(weekly.text).toContain(
      "Lue verkossa: https://uutiskirje.example/uutiskirje/arkisto/viikko/2023-40",
    );
    expect(weekly.text).toContain("kerran viikossa");
  });

  it("keeps the letter's headers and Message-ID scheme, with a Feedback-ID of its own type", () => {
    expect(weekly.messageKey).toBe("uutiskirje.2023-10-06.42");
    expect(weekly.unsubscribeUrl).toBe(links.oneClickUnsubscribe);
    expect(weekly.headers["Feedback-ID"]).toBe("20231006:uutiskirje:weekly:uutiskirje.example");
  });
});
