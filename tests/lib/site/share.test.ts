import { describe, expect, it } from "vitest";
import { shareLinks } from "@/lib/site/share";

const PATH = "/uutiset/2023/tyoperainen-ihmiskauppa";
const URL_ = "http://localhost:3000/uutiset/2023/tyoperainen-ihmiskauppa";
const TITLE = "Ihmiskaupan vastainen työ & hyvät käytännöt";

describe("shareLinks", () => {
  const links = Object.fromEntries(
    shareLinks(PATH, TITLE).map((l) => [l.service, new URL(l.href)]),
  );

  it("offers e-mail, LinkedIn, Facebook, X and WhatsApp", () => {
    expect(Object.keys(links)).toEqual(["email", "linkedin", "facebook", "x", "whatsapp"]);
  });

  it("puts the title in the mail subject and the canonical URL in the body", () => {
    expect(links.email?.protocol).toBe("mailto:");
    expect(links.email?.searchParams.get("subject")).toBe(TITLE);
    expect(links.email?.searchParams.get("body")).toBe(URL_);
  });

  it("carries the absolute canonical URL, encoded, to every service", () => {
    expect(links.linkedin?.searchParams.get("url")).toBe(URL_);
    expect(links.facebook?.searchParams.get("u")).toBe(URL_);
    expect(links.x?.searchParams.get("url")).toBe(URL_);
    expect(links.x?.searchParams.get("text")).toBe(TITLE);
    expect(links.whatsapp?.searchParams.get("text")).toBe(`${TITLE} ${URL_}`);
  });

  it("sends readers only to the services' own https share pages", () => {
    for (const [service, url] of Object.entries(links)) {
      if (service !== "email") expect(url.protocol).toBe("https:");
    }
  });
});
