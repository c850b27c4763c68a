// Builds the site the browser tests of tests/e2e/fixture-site run against: the real content
// plus sample articles from tests/fixtures (a hostile one, an updated one), a draft, a future
// article and enough synthetic articles for a second archive page. Written to .e2e/content and
// built into .next-e2e, so the project's own content/ and .next stay as they are.
import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { generateCorpus } from "../../fixtures/corpus";
import { helsinkiToday } from "../../../lib/content/dates";
import { nextDay } from "../../../lib/content/publication";
import { article } from "../../helpers/content-dir";

const shiftDay = (day: string, days: number) =>
  Array.from({ length: days }).reduce<string>((d) => nextDay(d), day);

import { FIXTURE_CONTENT, FIXTURE_DIST } from "./build-fixture-site-paths";

export { FIXTURE_CONTENT, FIXTURE_DIST };
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

// Two days ahead of the build's Helsinki day: absent from the build, live at the midnight that
// tests/e2e/publishing.spec.ts moves a server's clock across.
writeFileSync(
  path.join(out, "2024/huominen.md"),
  article({
    title: "Ylihuomenna julkaistava uutinen",
    slug: "ylihuomenna",
    date: shiftDay(helsinkiToday(), 2),
  }),
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
