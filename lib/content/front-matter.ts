import matter from "gray-matter";
import { CORE_SCHEMA, load } from "js-yaml";

export type ParsedFile = { ok: true; data: unknown; body: string } | { ok: false; problem: string };

function refuseEngine(): never {
  throw new Error("front matter must be YAML");
}

// gray-matter runs `---js` blocks through eval (CVE-2022-25863); every non-YAML engine is
// replaced, and YAML is read with the core schema so "2023-02-30" stays a string to validate
// instead of rolling over to 2 March.
const engines = {
  yaml: (source: string) => load(source, { schema: CORE_SCHEMA }) as object,
  js: refuseEngine,
  javascript: refuseEngine,
  coffee: refuseEngine,
  coffeescript: refuseEngine,
  cson: refuseEngine,
  json: refuseEngine,
  toml: refuseEngine,
};

// Gives the raw front-matter object and the Markdown body, or the one problem that stops parsing.
export function parseFrontMatter(raw: string): ParsedFile {
  const firstLine = raw
    .replace(/^\uFEFF/, "")
    .split(/\r?\n/, 1)[0]
    ?.trimEnd();
  if (firstLine !== "---") {
    return {
      ok: false,
      problem: firstLine?.startsWith("---")
        ? "front matter: only YAML front matter is accepted (the opening line must be exactly ---)"
        : "front matter: missing (the file must start with a line ---)",
    };
  }
  try {
    const file = matter(raw.replace(/^\uFEFF/, ""), { language: "yaml", engines });
    if (file.data === null || typeof file.data !== "object" || Array.isArray(file.data)) {
      return { ok: false, problem: "front matter: expected key: value pairs" };
    }
    return { ok: true, data: file.data, body: file.content };
  } catch (error) {
    const reason = error instanceof Error ? error.message.split("\n")[0] : String(error);
    return { ok: false, problem: `front matter: ${reason}` };
  }
}
