// Synthetic articles for bench:search, generated in memory (never written or committed):
// pseudo-Finnish word stems with case endings, two-part compounds and a long tail of rare
// words, so the index meets a vocabulary shaped like a real archive's, not a 90-word one.
import type { Article } from "../../lib/content/articles";
import { allTopicSlugs } from "../../lib/content/listings";
import { findTopic, MAIN_TOPICS } from "../../lib/content/taxonomy";

export type Random = () => number;

// Gives a deterministic random source, so every run indexes the same corpus.
export function seeded(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const CONSONANTS = "ktpsmnlrvhjd".split("");
const VOWELS = "aeiouyäö".split("");
const ENDINGS = [
  "",
  "",
  "n",
  "a",
  "ssa",
  "sta",
  "lla",
  "lle",
  "ksi",
  "t",
  "ja",
  "en",
  "iin",
  "lta",
];

// Gives `count` distinct stems of two to four syllables (CV or CVC).
export function makeStems(random: Random, count: number): string[] {
  const stems = new Set<string>();
  while (stems.size < count) {
    const syllables = 2 + Math.floor(random() * 3);
    let stem = "";
    for (let s = 0; s < syllables; s++) {
      stem +=
        CONSONANTS[Math.floor(random() * CONSONANTS.length)]! +
        VOWELS[Math.floor(random() * VOWELS.length)]!;
      if (random() < 0.25 && s < syllables - 1)
        stem += CONSONANTS[Math.floor(random() * CONSONANTS.length)]!;
    }
    stems.add(stem);
  }
  return [...stems];
}

// Gives a stem index, most often a frequent one (word frequencies fall off like a real text's).
export const skewed = (random: Random, count: number) => Math.floor(count * random() ** 3);

// Gives `count` two-part compounds of frequent stems (an archive reuses its compounds).
export function makeCompounds(random: Random, stems: string[], count: number): string[] {
  return Array.from(
    { length: count },
    () => stems[skewed(random, stems.length)]! + stems[skewed(random, stems.length)]!,
  );
}

// Gives one written word: a stem or one of the compounds, with a case ending.
export function makeWord(
  random: Random,
  vocabulary: { stems: string[]; compounds: string[] },
): string {
  const list = random() < 0.2 ? vocabulary.compounds : vocabulary.stems;
  return list[skewed(random, list.length)]! + ENDINGS[Math.floor(random() * ENDINGS.length)]!;
}

type Vocabulary = { stems: string[]; compounds: string[] };

// Gives `count` published articles with ~20-word leads and ~300-word bodies, dated 2019–2026,
// of the words `word` gives (by default, makeWord's of the vocabulary).
export function makeArticles(
  random: Random,
  vocabulary: Vocabulary,
  count: number,
  word = () => makeWord(random, vocabulary),
): Article[] {
  const words = (n: number) => Array.from({ length: n }, word).join(" ");
  const topics = allTopicSlugs();
  return Array.from({ length: count }, (_, i) => {
    const date = new Date(Date.UTC(2019, 0, 1) + Math.floor(random() * 2900) * 86_400_000)
      .toISOString()
      .slice(0, 10);
    const topic = topics[i % topics.length]!;
    const year = Number(date.slice(0, 4));
    const title = words(6 + Math.floor(random() * 5));
    const body = Array.from({ length: 6 }, () => `${words(50)}.`).join("\n\n");
    return {
      title: title.charAt(0).toUpperCase() + title.slice(1),
      date,
      lead: `${words(20)}.`,
      topics: [topic],
      author: "Toimitus",
      source: { name: "Tiedote", url: "https://example.fi/t", date },
      slug: `artikkeli-${i}`,
      year,
      path: `/uutiset/${year}/artikkeli-${i}`,
      file: `artikkeli-${i}.md`,
      draft: false,
      mainTopics: MAIN_TOPICS.filter((m) => findTopic(topic)?.main === m),
      readingMinutes: 2,
      body,
    };
  });
}
