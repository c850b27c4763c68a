// Builds the site the browser tests of tests/e2e/fixture-site run against: the real content
// plus sample articles from tests/fixtures (a hostile one, an updated one), a draft, a future
// article and enough synthetic articles for a second archive page. Written to .e2e/content and
// built into .next-e2e, so the project's own content/ and .next stay as they are.
import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { generateCorpus } from "../../fixtures/corpus";
import { article } from "../../helpers/content-dir";

export const FIXTURE_CONTENT = ".e2e/content";
export const FIXTURE_DIST = ".next-e2e";
const root = path.resolve(import.meta.dirname, "../../..");
const out = path.join(root, FIXTURE_CONTENT, "uutiset");

generateCorpus({ dir: path.join(root, FIXTURE_CONTENT), count: 24, seed: 7 });
cpSync(path.join(root, "content/uutiset"), out, { recursive: true });
mkdirSync(path.join(out, "2024"), { recursive: true });
for (const name of ["valid", "hostile", "updated"]) {
  cpSync(
    path.join(root, `tests/fixtures/articles/${name}.md`),
    path.join(out, "2024", `${name}.md`),
  );
}
writeFileSync(
  path.join(out, "2024/draft.md"),
  article({
    title: "Luonnos jota ei julkaista",
    slug: "luonnos",
    draft: "true",
    date: "2024-06-01",
  }),
);
writeFileSync(
  path.join(out, "2024/future.md"),
  article({ title: "Tulevaisuuden uutinen", slug: "tulevaisuus", date: "2099-01-01" }),
);

const build = spawnSync(process.execPath, ["node_modules/next/dist/bin/next", "build"], {
  cwd: root,
  stdio: "inherit",
  env: {
    ...process.env,
    CONTENT_DIR: FIXTURE_CONTENT,
    NEXT_DIST_DIR: FIXTURE_DIST,
    NODE_ENV: "production",
  },
});
process.exit(build.status ?? 1);
