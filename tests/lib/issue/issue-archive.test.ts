import { describe, expect, it } from "vitest";
import { renderIssueRss } from "@/lib/feeds/issue-feed";
import { pastIssues } from "@/lib/issue/issue-archive";
import { makeArticle } from "@/tests/fixtures/articles";

const articles = [
  makeArticle({ title: "Torstain uutinen", date: "2023-09-28", topics: ["talous"] }),
  makeArticle({ title: "Lauantain uutinen", date: "2023-09-30", topics: ["verotus"] }),
  makeArticle({ title: "Sunnuntain uutinen", date: "2023-10-01", topics: ["juridiikka"] }),
  makeArticle({ title: "Lauantain 7.10. uutinen", date: "2023-10-07", topics: ["talous"] }),
];

describe("pastIssues", () => {
  it("lists only issue days that had articles, newest first, with the weekend under Monday", () => {
    const issues = pastIssues(articles, "2023-10-09");
    expect(issues.map((i) => [i.day, i.articleCount])).toEqual([
      ["2023-10-09", 1],
      ["2023-10-02", 2],
      ["2023-09-28", 1],
    ]);
    expect(issues[1]!.headline.title).toBe("Sunnuntain uutinen");
  });

  it("leaves out an issue whose day has not come yet", () => {
    expect(pastIssues(articles, "2023-10-08").map((i) => i.day)).toEqual([
      "2023-10-02",
      "2023-09-28",
    ]);
  });

  it("holds every topic in an archived issue", () => {
    const monday = pastIssues(articles, "2023-10-09")[1]!;
    expect(monday.issue.sections.map((s) => s.topic)).toEqual(["verotus", "juridiikka"]);
  });
});

describe("renderIssueRss", () => {
  it("gives one item per issue linking to its archive page, with its headlines", () => {
    const rss = renderIssueRss(pastIssues(articles, "2023-10-09"));
    expect(rss.match(/<item>/g)).toHaveLength(3);
    expect(rss).toContain("<link>http://localhost:3000/uutiskirje/arkisto/2023-10-02</link>");
    expect(rss).toContain("<title>Uutiskirje maanantai 2.10.2023</title>");
    expect(rss).toContain("Juridiikka: Sunnuntain uutinen");
  });
});
