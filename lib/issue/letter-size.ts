// Gmail clips a message whose HTML is over about 102 KB: the reader sees "[Message clipped]"
// and nothing below it, the unsubscribe links included. Every issue is measured before a single
// mail is queued, and `send` refuses one whose HTML part would pass 100 KB.
import type { Frequency } from "../db";
import { MAIN_TOPICS, type MainTopic } from "../content/taxonomy";
import type { LinkDeps } from "../subscription/links";
import { plannedRhythms, type DayPlan } from "./day-plan";
import { issueLetterWriter } from "./issue-letters";

export const HTML_PART_LIMIT = 100 * 1024;

export type LetterSize = { frequency: Frequency; topics: MainTopic[]; bytes: number };
export type LetterSizes = { largest: LetterSize | null; over: LetterSize[] };

// Every non-empty choice of main topics: a reader's letter holds at most the articles of the
// main topics their choice falls under, so these bound every letter of the day.
function topicChoices(): MainTopic[][] {
  return Array.from({ length: 2 ** MAIN_TOPICS.length - 1 }, (_, i) =>
    MAIN_TOPICS.filter((_, bit) => (i + 1) & (1 << bit)),
  );
}

// The longest links a reader can have (the largest id, a 31-bit consent version).
const LONGEST_READER = { subscriberId: Number.MAX_SAFE_INTEGER, tokenVersion: 2 ** 31 - 2 };

// Gives the size in bytes (UTF-8) of a letter's HTML part.
export const htmlPartBytes = (html: string) => Buffer.byteLength(html, "utf8");

// Gives "45.3 KB".
export const formatKB = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

// Gives the size of the day's largest letter and every letter (rhythm and choice of topics)
// that passes the limit, each built by the real send's writer (./issue-letters.ts) with the
// longest links.
export function measureLetters(plan: DayPlan, links: LinkDeps): LetterSizes {
  const write = issueLetterWriter(plan, links);
  const sizes: LetterSize[] = [];
  for (const frequency of plannedRhythms(plan)) {
    for (const topics of topicChoices()) {
      const reader = { ...LONGEST_READER, email: "lukija@example.fi", confirmed: true };
      const letter = write({ ...reader, topics, frequency });
      if (letter) sizes.push({ frequency, topics, bytes: htmlPartBytes(letter.message.html) });
    }
  }
  const largest = sizes.reduce<LetterSize | null>(
    (a, b) => (a && a.bytes >= b.bytes ? a : b),
    null,
  );
  return { largest, over: sizes.filter((s) => s.bytes > HTML_PART_LIMIT) };
}
