// Validates every Markdown file before `next build`, so a broken article stops the build
// with one plain "file: field: message" line per problem instead of a framework stack trace.
import path from "node:path";
import { contentSnapshotFile } from "../lib/content/articles";
import { loadCompetitions } from "../lib/content/competitions";
import { ContentError } from "../lib/content/files";
import { checkArticles } from "../lib/content/loader";
import { contentFingerprint, writeSnapshot } from "../lib/content/snapshot";
import { getEnv } from "../lib/env";

const dir = path.join(getEnv().CONTENT_DIR, "uutiset");
const fingerprint = contentFingerprint(dir); // before reading: see lib/content/snapshot.ts
const { articles, problems } = checkArticles(dir);

// Competition years (their facts' sources and related articles) are content too.
try {
  loadCompetitions({ dir: path.join(getEnv().CONTENT_DIR, "kilpailut"), articles });
} catch (error) {
  if (!(error instanceof ContentError)) throw error;
  problems.push(...error.problems);
}

if (problems.length > 0) {
  console.error(`Content check failed: ${problems.length} problem(s) in ${dir}\n`);
  for (const problem of problems) console.error(`  ${problem}`);
  console.error('\nFix the front matter above; see README, "Adding an article".');
  process.exit(1);
}
// The build's workers take the checked articles from here instead of reading every file again.
writeSnapshot(contentSnapshotFile(), dir, fingerprint, articles);
if (getEnv().CONTENT_TRACE)
  console.log(`[content] pid ${process.pid} read ${articles.length} files`);
console.log(`Content check: ${articles.length} article(s) in ${dir}, no problems.`);
