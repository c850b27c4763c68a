import { describe, expect, it } from "vitest";
import { compareFromEnd } from "@/lib/search/text";
import { sortWordIds, wordKey, wordKeySpan } from "@/lib/search/word-sort";

// Runs a generator to its end and gives what it returns.
function drain<T>(steps: Generator<void, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

const sample = (n: number) =>
  Array.from({ length: n }, (_, i) => {
    let word = "";
    for (let x = (i * 7919) % 100_003; word.length < 3 + (i % 9); x = (x * 31 + 7) % 100_003)
      word += "aeiknorstuvyäö29-ßж"[x % 19];
    return `${word}${i}`;
  });

describe("sortWordIds", () => {
  it("orders words as string comparison does, from the start and from the end", () => {
    const words = sample(200_000);
    const forward = drain(sortWordIds(words, false)).ids;
    const expected = [...words].sort();
    expect(Array.from(forward, (id) => words[id])).toEqual(expected);
    const backward = drain(sortWordIds(words, true)).ids;
    const byEnd = [...words].sort(compareFromEnd);
    expect(Array.from(backward, (id) => words[id])).toEqual(byEnd);
  });

  it("gives each word a number that keeps the words starting with another within its span", () => {
    const words = ["kauppa", "kauppaa", "kaupan", "kaup", "kau", "talo"];
    const { ids, keys } = drain(sortWordIds(words, false));
    const from = wordKey("kaup", false);
    const inSpan = Array.from(ids, (id, i) => [words[id], keys[i]!] as const).filter(
      ([, key]) => key >= from && key < from + wordKeySpan(4),
    );
    expect(inSpan.map(([w]) => w)).toEqual(["kaup", "kaupan", "kauppa", "kauppaa"]);
  });
});
