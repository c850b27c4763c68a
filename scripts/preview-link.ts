// npm run preview-link -- FILE [--days N]
// Prints a link that shows one article (dated ahead, or a draft) on the running site as it will
// look, with a banner saying it is not published; lib/publishing/preview-link.ts signs it.
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { formatWeekdayDate } from "../lib/content/dates";
import { checkArticles } from "../lib/content/loader";
import { isPublished } from "../lib/content/publication";
import { getEnv } from "../lib/env";
import { articleFileKey, PREVIEW_DAYS, previewPath } from "../lib/publishing/preview-link";
import { resolveTokenSecret } from "../lib/subscription/token-secret";

const USAGE = `Usage: npm run preview-link -- FILE [--days N]
  FILE  an article under ${path.join(getEnv().CONTENT_DIR, "uutiset")}/, e.g. content/uutiset/2025/uusi-laki.md
  --days N  how long the link works (default ${PREVIEW_DAYS.default}, at most ${PREVIEW_DAYS.max})`;

function fail(message: string, code = 2): never {
  process.stderr.write(`preview-link: ${message}\n${code === 2 ? `\n${USAGE}\n` : ""}`);
  process.exit(code);
}

function readArgs() {
  try {
    return parseArgs({ allowPositionals: true, options: { days: { type: "string" } } });
  } catch (error) {
    fail((error as Error).message.split(". To specify")[0]!);
  }
}

const { values, positionals } = readArgs();
const [file, ...extra] = positionals;
if (!file || extra.length) fail(file ? `unexpected argument "${extra[0]}"` : "no FILE given");
const days = Number(values.days ?? PREVIEW_DAYS.default);
if (!/^\d+$/.test(values.days ?? "7") || days < 1 || days > PREVIEW_DAYS.max)
  fail(
    `--days: expected a whole number of days from 1 to ${PREVIEW_DAYS.max}, got "${values.days}"`,
  );

const env = getEnv();
const key = articleFileKey(file);
if (!key || !file.endsWith(".md"))
  fail(`${file} is not a Markdown file under ${path.join(env.CONTENT_DIR, "uutiset")}/`);
if (!fs.existsSync(file)) fail(`no file ${file}`, 1);

// The same check the build runs: a link to a file the build would refuse could never work.
const { articles, problems } = checkArticles(path.join(env.CONTENT_DIR, "uutiset"));
const mine = problems.filter((p) => articleFileKey(p.slice(0, p.indexOf(": "))) === key);
if (mine.length) fail(`the article has problems; fix them first:\n  ${mine.join("\n  ")}`, 1);
const article = articles.find((a) => articleFileKey(a.file) === key);
if (!article) fail(`${file} holds no article`, 1);

const now = Date.now();
process.stdout.write(`${env.SITE_URL}${previewPath(resolveTokenSecret(env), key, now, days)}\n`);
const state = article.draft
  ? "a draft (draft: true): not published until that line is removed"
  : isPublished(article.date, now)
    ? `already published: the link leads to ${env.SITE_URL}${article.path}`
    : `published ${formatWeekdayDate(article.date)} at 00:00 Helsinki time`;
process.stderr.write(
  [
    `"${article.title}": ${state}.`,
    `The link works for ${days} day${days === 1 ? "" : "s"} on every instance of the site, for anyone who has it.`,
    "The site shows what its last build holds: after editing, build and restart, and the same link shows the change.",
  ].join("\n") + "\n",
);
