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
  it("lists the days that had articles and the weeks' digests, newest first, with the weekend under Monday", () => {
    const issues = pastIssues(articles, "2023-10-09");
    expect(issues.map((i) => [i.path, i.articleCount])).toEqual([
      ["/uutiskirje/arkisto/2023-10-09", 1],
      ["/uutiskirje/arkisto/viikko/2023-40", 2],
      ["/uutiskirje/arkisto/2023-10-02", 2],
      ["/uutiskirje/arkisto/viikko/2023-39", 1],
      ["/uutiskirje/arkisto/2023-09-28", 1],
    ]);
    expect(issues[2]!.headline.title).toBe("Sunnuntain uutinen");
    expect(issues[1]!.title).toBe("Viikon uutiset 2.–6.10.2023");
  });

  it("lists a week's digest before the letter of its own day", () => {
    const friday = [
      makeArticle({ title: "Perjantain uutinen", date: "2023-10-06", topics: ["talous"] }),
    ];
    expect(pastIssues(friday, "2023-10-06").map((i) => i.title)).toEqual([
      "Viikon uutiset 2.–6.10.2023",
      "Uutiskirje perjantai 6.10.2023",
    ]);
  });

  it("leaves out a letter or digest whose day has not come yet", () => {
    expect(pastIssues(articles, "2023-10-05").map((i) => i.path)).toEqual([
      "/uutiskirje/arkisto/2023-10-02",
      "/uutiskirje/arkisto/viikko/2023-39",
      "/uutiskirje/arkisto/2023-09-28",
    ]);
  });

  it("holds every topic in an archived issue", () => {
    const monday = pastIssues(articles, "2023-10-09")[2]!;
    expect(monday.issue.sections.map((s) => s.topic)).toEqual(["verotus", "juridiikka"]);
  });
});

describe("renderIssueRss", () => {
  it("gives one item per letter and digest linking to its archive page, with its headlines", () => {
    const rss = renderIssueRss(pastIssues(articles, "2023-10-09"));
    expect(rss.match(/<item>/g)).toHaveLength(5);
    expect(rss).toContain("<link>http://localhost:3000/uutiskirje/arkisto/2023-10-02</link>");
    expect(rss).toContain("<title>Uutiskirje maanantai 2.10.2023</title>");
    expect(rss).toContain("Juridiikka: Sunnuntain uutinen");
    expect(rss).toContain("<link>http://localhost:3000/uutiskirje/arkisto/viikko/2023-40</link>");
    expect(rss).toContain("<title>Viikon uutiset 2.–6.10.2023</title>");
  });
});
