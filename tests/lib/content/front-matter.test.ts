import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { parseFrontMatter } from "@/lib/content/front-matter";

const marker = path.join(mkdtempSync(path.join(tmpdir(), "fm-")), "pwned");
const g = globalThis as { __frontMatterPwned?: boolean };

afterEach(() => {
  rmSync(marker, { force: true });
  delete g.__frontMatterPwned;
});

// Would write a file and set a global if any engine evaluated it.
const payload = `{ title: (globalThis.__frontMatterPwned = true, require("fs").writeFileSync(${JSON.stringify(marker)}, "x"), "x") }`;

describe("parseFrontMatter", () => {
  it("reads YAML front matter and the body", () => {
    const parsed = parseFrontMatter("---\ntitle: Otsikko\ndate: 2024-01-02\n---\n\nTeksti\n");
    expect(parsed).toEqual({
      ok: true,
      data: { title: "Otsikko", date: "2024-01-02" },
      body: "\nTeksti\n",
    });
  });

  it("keeps dates as strings, so 2023-02-30 can be rejected rather than rolled over", () => {
    const parsed = parseFrontMatter("---\ndate: 2023-02-30\n---\n");
    expect(parsed.ok && parsed.data).toEqual({ date: "2023-02-30" });
  });

  for (const opening of ["---js", "---javascript", "--- js", "---coffee", "---json", "---toml"]) {
    it(`refuses "${opening}" front matter without executing it`, () => {
      const parsed = parseFrontMatter(`${opening}\n${payload}\n---\nbody\n`);
      expect(parsed).toEqual({
        ok: false,
        problem:
          "front matter: only YAML front matter is accepted (the opening line must be exactly ---)",
      });
      expect(existsSync(marker)).toBe(false);
      expect(g.__frontMatterPwned).toBeUndefined();
    });
  }

  it("refuses YAML tags that would construct JavaScript values", () => {
    const parsed = parseFrontMatter('---\ntitle: !!js/function "function () { return 1 }"\n---\n');
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.problem).toMatch(/^front matter: unknown tag/);
  });

  it("does not let __proto__ in front matter pollute objects", () => {
    const parsed = parseFrontMatter("---\n__proto__:\n  polluted: true\ntitle: x\n---\n");
    expect(parsed.ok).toBe(true);
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
  });

  it("names a missing front matter and a YAML syntax error", () => {
    expect(parseFrontMatter("Otsikko\n\nTeksti")).toEqual({
      ok: false,
      problem: "front matter: missing (the file must start with a line ---)",
    });
    const broken = parseFrontMatter("---\ntitle: [auki\n---\n");
    expect(!broken.ok && broken.problem).toMatch(/^front matter: /);
  });
});
