// Articles of real Finnish word forms for bench:search's Voikko evaluation at 10 000 articles,
// generated in memory: the frequency lists of @zxcvbn-ts/language-fi (MIT: words of Finnish
// subtitles and Wikipedia, names from the Population Register's open data), drawn most often
// from the top, names capitalized, and one word in ten a compound of two. Voikko reads what
// it can; the rest (most chance compounds) is load the search must not be fooled by.
import { dictionary } from "@zxcvbn-ts/language-fi";
import type { Article } from "../../lib/content/articles";
import { makeArticles, skewed, type Random } from "./search-corpus";

const capitalized = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

// Gives the word lists: common words and Wikipedia's in frequency order, then names.
function finnishWords(): string[] {
  const words = new Set(
    [...dictionary.commonWords, ...dictionary.wikipedia].filter((w) => /^[a-zåäö]{2,}$/.test(w)),
  );
  const names = [
    ...dictionary.lastnames,
    ...dictionary.maleFirstnames,
    ...dictionary.femaleFirstnames,
  ].map(capitalized);
  return [...words, ...names];
}

// Gives `count` articles of real Finnish words (see makeArticles for their shape).
export function makeFinnishArticles(random: Random, count: number): Article[] {
  const words = finnishWords();
  const pick = () => words[skewed(random, words.length)]!;
  const word = () => (random() < 0.1 ? pick() + pick().toLowerCase() : pick());
  return makeArticles(random, { stems: [], compounds: [] }, count, word);
}
