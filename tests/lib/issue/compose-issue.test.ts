import { describe, expect, it } from "vitest";
import {
  articlesInIssueWindow,
  composeIssue,
  composeWeeklyIssue,
  topHeadline,
} from "@/lib/issue/compose-issue";
import { makeArticle } from "@/tests/fixtures/articles";

const friday = makeArticle({
  title: "Perjantain verouutinen",
  date: "2023-09-29",
  topics: ["verotus"],
});
const saturday = makeArticle({
  title: "Lauantain rikosuutinen",
  date: "2023-09-30",
  topics: ["rikosoikeus"],
});
const sunday = makeArticle({
  title: "Sunnuntain talousuutinen",
  date: "2023-10-01",
  topics: ["talous"],
});
const monday = makeArticle({
  title: "Maanantain työoikeusuutinen",
  date: "2023-10-02",
  topics: ["tyooikeus", "yritysverotus"],
});
const tuesday = makeArticle({
  title: "Tiistain uutinen",
  date: "2023-10-03",
  topics: ["juridiikka"],
});
const all = [friday, saturday, sunday, monday, tuesday];

describe("articlesInIssueWindow", () => {
  it("gives Monday's issue the weekend and Monday, newest first", () => {
    expect(articlesInIssueWindow(all, "2023-10-02").map((a) => a.title)).toEqual([
      monday.title,
      sunday.title,
      saturday.title,
    ]);
  });

  it("gives the day after Independence Day the holiday's articles", () => {
    const holiday = makeArticle({
      title: "Itsenäisyyspäivän uutinen",
      date: "2023-12-06",
      topics: ["talous"],
    });
    const before = makeArticle({
      title: "Tiistain uutinen",
      date: "2023-12-05",
      topics: ["talous"],
    });
    const after = makeArticle({
      title: "Torstain uutinen",
      date: "2023-12-07",
      topics: ["talous"],
    });
    const titles = articlesInIssueWindow([holiday, before, after], "2023-12-07").map(
      (a) => a.title,
    );
    expect(titles).toEqual([after.title, holiday.title]);
  });

  it("gives the Tuesday after Easter 2024 everything from Good Friday on", () => {
    const days = ["2024-03-28", "2024-03-29", "2024-03-31", "2024-04-01", "2024-04-02"];
    const items = days.map((date) =>
      makeArticle({ title: `Uutinen ${date}`, date, topics: ["talous"] }),
    );
    expect(articlesInIssueWindow(items, "2024-04-02").map((a) => a.date)).toEqual(
      days.slice(1).reverse(),
    );
  });
});

describe("composeIssue", () => {
  it("groups by main topic with each article once, under the first main topic", () => {
    const issue = composeIssue(all, "2023-10-02")!;
    expect(issue.since).toBe("2023-09-29");
    expect(issue.sections.map((s) => [s.label, s.articles.map((a) => a.title)])).toEqual([
      ["Talous", [sunday.title]],
      ["Verotus", [monday.title]],
      ["Juridiikka", [saturday.title]],
    ]);
    expect(issue.articleCount).toBe(3);
  });

  it("gives a law reader only the law articles", () => {
    const issue = composeIssue(all, "2023-10-02", ["juridiikka"])!;
    expect(issue.sections.map((s) => s.topic)).toEqual(["juridiikka"]);
    expect(issue.sections[0]!.articles.map((a) => a.title)).toEqual([monday.title, saturday.title]);
  });

  it("treats a subtopic choice as that subtopic only", () => {
    const issue = composeIssue(all, "2023-10-02", ["rikosoikeus"])!;
    expect(issue.sections.flatMap((s) => s.articles.map((a) => a.title))).toEqual([saturday.title]);
  });

  it("gives null (no mail) when nothing new matches the reader's topics", () => {
    expect(composeIssue([saturday, monday], "2023-10-02", ["talous"])).toBeNull();
  });

  it("gives null on a day that is not an issue day", () => {
    expect(composeIssue(all, "2023-09-30")).toBeNull();
  });

  it("picks the newest article as the top headline", () => {
    expect(topHeadline(composeIssue(all, "2023-10-02")!).title).toBe(monday.title);
  });
});

describe("composeWeeklyIssue", () => {
  const week = [
    makeArticle({ title: "Edellisen perjantain uutinen", date: "2023-09-29", topics: ["talous"] }),
    saturday,
    sunday,
    monday,
    tuesday,
    makeArticle({ title: "Perjantain verouutinen", date: "2023-10-06", topics: ["verotus"] }),
    makeArticle({ title: "Seuraavan lauantain uutinen", date: "2023-10-07", topics: ["talous"] }),
  ];

  it("holds the articles of the week's letters, from the weekend before Monday to Friday", () => {
    const issue = composeWeeklyIssue(week, "2023-10-06")!;
    expect(issue).toMatchObject({ kind: "weekly", week: "2023-40", monday: "2023-10-02" });
    expect(issue.since).toBe("2023-09-29");
    expect(issue.sections.map((s) => [s.label, s.articles.map((a) => a.date)])).toEqual([
      ["Talous", ["2023-10-01"]],
      ["Verotus", ["2023-10-06", "2023-10-02"]],
      ["Juridiikka", ["2023-10-03", "2023-09-30"]],
    ]);
  });

  it("keeps only the reader's topics, and gives null when the week has nothing in them", () => {
    const tax = composeWeeklyIssue(week, "2023-10-06", ["verotus"])!;
    expect(tax.articleCount).toBe(2);
    expect(composeWeeklyIssue([saturday], "2023-10-06", ["talous"])).toBeNull();
  });

  it("gives null on the other days of the week", () => {
    expect(composeWeeklyIssue(week, "2023-10-05")).toBeNull();
    expect(composeWeeklyIssue(week, "2023-10-07")).toBeNull();
  });

  it("comes on Thursday when Friday is a holiday, with Thursday's articles and none of Friday's", () => {
    const items = ["2024-11-30", "2024-12-02", "2024-12-05", "2024-12-06"].map((date) =>
      makeArticle({ title: `Uutinen ${date}`, date, topics: ["talous"] }),
    );
    expect(composeWeeklyIssue(items, "2024-12-06")).toBeNull();
    const issue = composeWeeklyIssue(items, "2024-12-05")!;
    expect(issue.sections[0]!.articles.map((a) => a.date)).toEqual([
      "2024-12-05",
      "2024-12-02",
      "2024-11-30",
    ]);
    // Independence Day's article is in the next Monday's letter, and so in the next digest.
    expect(composeWeeklyIssue(items, "2024-12-13")!.articleCount).toBe(1);
  });
});
