import type { Article } from "../content/articles";
import type { SearchDoc, SearchIndex } from "./search-index";
import { foldWord, forEachWordAt, markdownToPlainText, spellWord } from "./text";
import { WordTable } from "./word-table";
import { sortWordIds } from "./word-sort";

// Gives `array`, or a copy twice as long, so that index `at` is inside it.
function withRoom(array: Int32Array<ArrayBuffer>, at: number): Int32Array<ArrayBuffer> {
  if (at < array.length) return array;
  const longer = new Int32Array(array.length * 2);
  longer.set(array);
  return longer;
}

// Gives the text of an article a reader's words are looked for in, apart from its title.
function bodyText(article: Article): string {
  const updates = (article.updates ?? []).map((u) => u.text).join(" ");
  return [article.lead, markdownToPlainText(article.body), updates].filter(Boolean).join(" ");
}

export type IndexBuilder = {
  add(article: Article): void;
  // Gives the index once it has been run to its end; it yields where it may pause.
  finish(): Generator<void, SearchIndex>;
};

// Reads articles one at a time (newest first) and gives the finished index.
export function indexBuilder(): IndexBuilder {
  // Spelled words (see spellWord) in the order first met, folded, and their first-met ids
  // (renumbered at the end). "lahdissa" and "lähdissä" are two terms with the same folded word.
  const folded: string[] = [];
  const spelled: string[] = [];
  const spelledIds = new Map<string, number>();
  const docs: SearchDoc[] = [];
  const forms = new WordTable();
  // termId → 1 + its posting in the latest article it was seen in: one typed array, as this
  // runs for every word of every article.
  let latest = new Int32Array(1024);
  // (termId, posting) for each word of each article once, in article order.
  let pairTerms = new Int32Array(1 << 16);
  let pairPostings = new Int32Array(1 << 16);
  let pairs = 0;

  // Spells and folds a word written in a way not met before (each only once, not at each of
  // its thousands of uses).
  const termOfNewForm = (word: string): number => {
    const spelling = spellWord(word);
    let id = spelledIds.get(spelling);
    if (id === undefined) {
      id = folded.length;
      spelledIds.set(spelling, id);
      const fold = foldWord(spelling);
      folded.push(fold);
      spelled.push(spelling === fold ? fold : spelling);
      latest = withRoom(latest, id);
    }
    return id;
  };

  const add = (article: Article) => {
    const doc = docs.length;
    const text = bodyText(article);
    docs.push({ article, text });
    const first = pairs;
    const read = (source: string, title: number) =>
      forEachWordAt(source, (start, end) => {
        let term = forms.get(source, start, end);
        if (term < 0) {
          term = termOfNewForm(source.slice(start, end));
          forms.add(source, start, end, term);
        }
        // Seen in this article already (the title is read first, so a title word stays one).
        if (latest[term]! > doc * 2) return;
        latest[term] = doc * 2 + title + 1;
        pairTerms = withRoom(pairTerms, pairs);
        pairTerms[pairs++] = term;
      });
    read(`${article.title} ${(article.keywords ?? []).join(" ")}`, 1);
    read(text, 0);
    pairPostings = withRoom(pairPostings, pairs);
    for (let p = first; p < pairs; p++) pairPostings[p] = latest[pairTerms[p]!]! - 1;
  };

  function* finish(): Generator<void, SearchIndex> {
    // Terms renumbered in sorted order.
    const { ids: order, keys: prefixKeys } = yield* sortWordIds(folded, false);
    spelledIds.clear();
    const rank = new Int32Array(order.length);
    const terms = new Array<string>(order.length);
    const spellings = new Array<string>(order.length);
    for (let place = 0; place < order.length; place++) {
      rank[order[place]!] = place;
      terms[place] = folded[order[place]!]!;
      spellings[place] = spelled[order[place]!]!;
      if ((place & 0xffff) === 0xffff) yield;
    }
    const SLOTS = 1 << 18;
    for (let slot = 0; slot < forms.slotCount; slot += SLOTS) {
      forms.renumber(rank, slot, Math.min(forms.slotCount, slot + SLOTS));
      yield;
    }
    // The pairs grouped by term, article order kept, in one buffer.
    const starts = new Int32Array(terms.length + 1);
    for (let p = 0; p < pairs; p++) {
      starts[rank[pairTerms[p]!]! + 1]!++;
      if ((p & 0x3ffff) === 0x3ffff) yield;
    }
    for (let t = 0; t < terms.length; t++) starts[t + 1]! += starts[t]!;
    const next = starts.slice(0, -1);
    const postings = new Uint32Array(pairs);
    for (let p = 0; p < pairs; p++) {
      postings[next[rank[pairTerms[p]!]!]!++] = pairPostings[p]!;
      if ((p & 0x3ffff) === 0x3ffff) yield;
    }
    const { ids: bySuffix, keys: suffixKeys } = yield* sortWordIds(terms, true);
    return { docs, terms, spellings, prefixKeys, bySuffix, suffixKeys, starts, postings, forms };
  }
  return { add, finish };
}
