// Sorts the half a million distinct words of an archive's index: each word gets a number from
// its first (or last) six letters, the numbers are sorted as plain numbers (a native sort,
// many times faster than comparing strings), and only words that share those six letters are
// compared letter by letter. A generator, so that a build in the background can pause between
// steps (see buildSearchIndexInSlices) instead of stalling the server.
import { compareFromEnd } from "./text";

const LETTERS = 6;
const RADIX = 29;
// Word ids ride in the low bits of each number while sorting: up to 2 million distinct words.
const ID_RANGE = 2 ** 21;

// Gives a letter's place, in the order of UTF-16 units: none (the word is shorter) < other
// units below "a" < a … z < other units above "z".
function rank(word: string, at: number): number {
  if (at < 0 || at >= word.length) return 0;
  const code = word.charCodeAt(at);
  if (code < 97) return 1;
  return code <= 122 ? code - 95 : 28;
}

// Gives a word's number from its first six letters (its last six, read backwards, when
// `fromEnd`): words in order have numbers in order, and the words that start with a word of
// n < 6 letters have numbers from its own to its own + wordKeySpan(n). A letter outside a … z
// ends the number (the rest counts as none): such letters share a place, and the letters after
// them must then not decide.
export function wordKey(word: string, fromEnd: boolean): number {
  let key = 0;
  let ended = false;
  for (let i = 0; i < LETTERS; i++) {
    const place = ended ? 0 : rank(word, fromEnd ? word.length - 1 - i : i);
    if (place === 1 || place === 28) ended = true;
    key = key * RADIX + place;
  }
  return key;
}

// Gives how many numbers the words starting with a word of `length` letters span.
export const wordKeySpan = (length: number) => RADIX ** Math.max(0, LETTERS - length);

const compareFromStart = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export type SortedWords = { ids: Int32Array; keys: Float64Array };

// Gives the ids of `words` (distinct) sorted by their letters read from the start, or from the
// end when `fromEnd`, with each one's wordKey in the same order; yields between steps.
export function* sortWordIds(words: string[], fromEnd: boolean): Generator<void, SortedWords> {
  const compare = fromEnd ? compareFromEnd : compareFromStart;
  const byLetters = (x: number, y: number) => compare(words[x]!, words[y]!);
  if (words.length >= ID_RANGE) {
    const ids = Int32Array.from(words.keys()).sort(byLetters);
    return { ids, keys: Float64Array.from(ids, (id) => wordKey(words[id]!, fromEnd)) };
  }
  const keyed = new Float64Array(words.length);
  for (let id = 0; id < words.length; id++) {
    keyed[id] = wordKey(words[id]!, fromEnd) * ID_RANGE + id;
    if ((id & 0xffff) === 0xffff) yield;
  }
  yield* sortInChunks(keyed);
  const ids = new Int32Array(words.length);
  const keys = new Float64Array(words.length);
  for (let i = 0; i < keyed.length; i++) {
    ids[i] = keyed[i]! % ID_RANGE;
    keys[i] = Math.floor(keyed[i]! / ID_RANGE);
    if ((i & 0xffff) === 0xffff) yield;
  }
  let start = 0;
  let sorted = 0;
  for (let i = 1; i <= ids.length; i++) {
    if (i < ids.length && keys[i] === keys[start]) continue;
    if (i - start > 1) ids.subarray(start, i).sort(byLetters);
    sorted += i - start;
    start = i;
    if (sorted > STEP / 4) {
      sorted = 0;
      yield;
    }
  }
  return { ids, keys };
}

// Elements a step of a sort handles before it yields.
const STEP = 1 << 16;

// Sorts numbers in parts of STEP (natively), then merges the parts, yielding between steps.
function* sortInChunks(numbers: Float64Array): Generator<void, void> {
  for (let from = 0; from < numbers.length; from += STEP) {
    numbers.subarray(from, from + STEP).sort();
    yield;
  }
  let source: Float64Array = numbers;
  let target: Float64Array = new Float64Array(numbers.length);
  for (let width = STEP; width < numbers.length; width *= 2) {
    let done = 0;
    for (let left = 0; left < numbers.length; left += 2 * width) {
      const middle = Math.min(left + width, numbers.length);
      const right = Math.min(left + 2 * width, numbers.length);
      let i = left;
      let j = middle;
      for (let k = left; k < right; k++) {
        target[k] =
          i < middle && (j >= right || source[i]! <= source[j]!) ? source[i++]! : source[j++]!;
        if (++done % STEP === 0) yield;
      }
    }
    [source, target] = [target, source];
  }
  if (source !== numbers) numbers.set(source);
}
