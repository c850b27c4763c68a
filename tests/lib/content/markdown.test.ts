import { describe, expect, it } from "vitest";
import { markdownToHtml } from "@/lib/content/markdown";

describe("markdownToHtml", () => {
  it("drops raw HTML such as script and iframe", () => {
    const { html } = markdownToHtml('Hei <script>alert(1)</script>\n\n<iframe src="x"></iframe>');
    expect(html).not.toMatch(/<script|<iframe/i);
    expect(html).toContain("Hei");
  });

  it("removes javascript: links but keeps their text", () => {
    const { html } = markdownToHtml("[klikkaa](javascript:alert(1)) ja [oikea](https://example.fi)");
    expect(html).not.toMatch(/javascript:/i);
    expect(html).toContain('href="https://example.fi"');
    expect(html).toContain("klikkaa");
  });

  it("gives h2 and h3 stable Finnish-safe ids with a self-link", () => {
    const { html, headings } = markdownToHtml("## Työoikeus ja yhteistyö\n\n### Työoikeus ja yhteistyö");
    expect(headings.map((h) => h.id)).toEqual(["tyooikeus-ja-yhteistyo", "tyooikeus-ja-yhteistyo-2"]);
    expect(html).toContain('<h2 id="tyooikeus-ja-yhteistyo">');
    expect(html).toContain('href="#tyooikeus-ja-yhteistyo"');
  });

  it("turns a body h1 into h2 so that the title stays the only h1", () => {
    expect(markdownToHtml("# Otsikko").html).toMatch(/^<h2 id="otsikko">/);
  });
});

describe("heading self-links", () => {
  it("keep the heading-anchor class that shows them on hover and focus", () => {
    expect(markdownToHtml("## Kohta").html).toContain(
      '<a href="#kohta" class="heading-anchor" aria-label="Linkki kohtaan Kohta">#</a>',
    );
  });
});
