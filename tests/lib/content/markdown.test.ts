import { describe, expect, it } from "vitest";
import { parseFrontMatter } from "@/lib/content/front-matter";
import { markdownToHtml } from "@/lib/content/markdown";
import { fixture } from "../../helpers/content-dir";

describe("markdownToHtml", () => {
  it("drops raw HTML such as script and iframe", () => {
    const { html } = markdownToHtml('Hei <script>alert(1)</script>\n\n<iframe src="x"></iframe>');
    expect(html).not.toMatch(/<script|<iframe/i);
    expect(html).toContain("Hei");
  });

  it("removes javascript: links but keeps their text", () => {
    const { html } = markdownToHtml(
      "[klikkaa](javascript:alert(1)) ja [oikea](https://example.fi)",
    );
    expect(html).not.toMatch(/javascript:/i);
    expect(html).toContain('href="https://example.fi"');
    expect(html).toContain("klikkaa");
  });

  it("gives h2 and h3 stable Finnish-safe ids with a self-link", () => {
    const { html, headings } = markdownToHtml(
      "## Työoikeus ja yhteistyö\n\n### Työoikeus ja yhteistyö",
    );
    expect(headings.map((h) => h.id)).toEqual([
      "tyooikeus-ja-yhteistyo",
      "tyooikeus-ja-yhteistyo-2",
    ]);
    expect(html).toContain('<h2 id="tyooikeus-ja-yhteistyo">');
    expect(html).toContain(
      '<a href="#tyooikeus-ja-yhteistyo" class="heading-anchor" aria-label="Linkki kohtaan Työoikeus ja yhteistyö">#</a>',
    );
  });

  it("turns a body h1 into h2 so that the title stays the only h1", () => {
    expect(markdownToHtml("# Otsikko").html).toMatch(/^<h2 id="otsikko">/);
  });
});

describe("markdownToHtml on the hostile fixture", () => {
  const parsed = parseFrontMatter(fixture("articles/hostile.md"));
  const { html } = markdownToHtml(parsed.ok ? parsed.body : "");

  it("leaves no element that can run code or embed another page", () => {
    expect(html).not.toMatch(/<(script|iframe|svg|object|embed|style|div)\b/i);
  });

  it("leaves no event-handler attribute and no javascript: or data: address", () => {
    expect(html).not.toMatch(/\son[a-z]+\s*=/i);
    expect(html).not.toMatch(/javascript:|data:text/i);
  });

  it("keeps the ordinary text around the removed HTML", () => {
    expect(html).toContain("Tavallinen kappale ennen vihamielistä sisältöä.");
    expect(html).toContain("Viimeinen kappale jää näkyviin.");
    expect(html).toContain("Klikkaa tästä");
  });
});

describe("heading self-links", () => {
  it("keep the heading-anchor class that shows them on hover and focus", () => {
    expect(markdownToHtml("## Kohta").html).toContain(
      '<a href="#kohta" class="heading-anchor" aria-label="Linkki kohtaan Kohta">#</a>',
    );
  });
});
