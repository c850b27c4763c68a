// Synthetic Finnish-like articles for benchmarks and browser tests. Deterministic (seeded), so
// two runs build the same corpus; never written into content/.
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { allTopicSlugs } from "../../lib/content/listings";
import { slugify } from "../../lib/content/slug";

const WORDS = (
  "verotus tulovero yhtiö osakeyhtiö kirjanpito tilinpäätös hallitus eduskunta lakiesitys " +
  "korkein oikeus hovioikeus käräjäoikeus sopimus vahingonkorvaus työsopimus irtisanominen " +
  "arvonlisävero kiinteistövero perintövero lahjavero velka luotto pankki keskuspankki inflaatio " +
  "korko talouskasvu työllisyys budjetti kunta hyvinvointialue viranomainen valvonta päätös " +
  "muutoksenhaku valitus rikos rangaistus sakko tuomioistuin todistaja asianomistaja syyttäjä " +
  "yritys kuluttaja markkina kilpailu hinta palkka eläke etuus tuki hakemus ohje tiedote " +
  "vuonna lisäksi kuitenkin myös mukaan mutta sekä että joka jotka oli ovat on ei voi tulee"
).split(" ");

type Random = () => number;

function seeded(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const pick = <T>(random: Random, items: readonly T[]): T =>
  items[Math.floor(random() * items.length)]!;

function sentence(random: Random, words: number): string {
  const list = Array.from({ length: words }, () => pick(random, WORDS));
  const text = list.join(" ");
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

function paragraph(random: Random): string {
  return Array.from({ length: 5 }, () => sentence(random, 9 + Math.floor(random() * 6))).join(" ");
}

function body(random: Random, index: number): string {
  const parts: string[] = [paragraph(random), paragraph(random)];
  for (let section = 1; section <= 3; section++) {
    parts.push(`## ${sentence(random, 4).slice(0, -1)}`, paragraph(random), paragraph(random));
    if (section === 2) {
      parts.push(Array.from({ length: 4 }, () => `- ${sentence(random, 6)}`).join("\n"));
    }
  }
  parts.push(paragraph(random));
  parts.push(
    `Lisätietoja antaa [viranomaisen tiedote](https://example.fi/tiedote/${index}) sekä ` +
      `[aiempi uutisemme](/uutiset) aiheesta. ${sentence(random, 12)}`,
  );
  return parts.join("\n\n");
}

// Gives the calendar day of article `index` of `count`, spread evenly from 2019-01-01 to `last`.
function dayOf(index: number, count: number, last: string): string {
  const start = Date.UTC(2019, 0, 1);
  const span = Date.parse(`${last}T00:00:00Z`) - start;
  const at = start + Math.floor((span * index) / Math.max(1, count - 1) / 86_400_000) * 86_400_000;
  return new Date(at).toISOString().slice(0, 10);
}

export type CorpusOptions = { dir: string; count: number; last?: string; seed?: number };

// Writes `count` articles (~600 words each, headings, a list, links, every topic and year
// 2019–2026) to dir/uutiset/YYYY/*.md and gives the path of the first one.
export function generateCorpus({
  dir,
  count,
  last = "2026-10-31",
  seed = 42,
}: CorpusOptions): string[] {
  rmSync(dir, { recursive: true, force: true });
  const random = seeded(seed);
  const topics = allTopicSlugs();
  const files: string[] = [];
  for (let i = 0; i < count; i++) {
    const date = dayOf(i, count, last);
    const title = `${sentence(random, 6).slice(0, -1)} ${i + 1}`;
    const slug = slugify(`${i + 1} ${title}`)
      .slice(0, 60)
      .replace(/-+$/, "");
    const topic = topics[i % topics.length]!;
    const file = path.join(dir, "uutiset", date.slice(0, 4), `${slug}.md`);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(
      file,
      `---
title: "${title}"
date: ${date}
lead: "${sentence(random, 18)} ${sentence(random, 14)}"
topics: [${topic}]
author: Synteettinen toimitus
slug: ${slug}
source:
  name: Esimerkkitiedote
  url: https://example.fi/tiedote/${i + 1}
  date: ${date}
---

${body(random, i + 1)}
`,
    );
    files.push(file);
  }
  return files;
}
