import { describe, expect, it } from "vitest";
import { WordTable } from "@/lib/search/word-table";

// The table's hash (FNV-1a), to find words that share it.
function fnv(word: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) hash = Math.imul(hash ^ word.charCodeAt(i), 0x01000193);
  return hash;
}

describe("WordTable", () => {
  it("finds a word by its place in any text, and nothing for a word not added", () => {
    const table = new WordTable();
    const text = "Kauppa ja kauppaa";
    table.add(text, 0, 6, 7);
    table.add(text, 10, 17, 8);
    expect(table.get("Kauppa")).toBe(7);
    expect(table.get("kauppaa")).toBe(8);
    expect(table.get("x Kauppa x", 2, 8)).toBe(7);
    for (const other of ["kauppa", "Kaupp", "Kauppaa", "", "ja"])
      expect(table.get(other), other).toBe(-1);
    expect(table.size).toBe(2);
  });

  it("keeps the first number given to a word", () => {
    const table = new WordTable();
    table.add("laki", 0, 4, 1);
    table.add("laki", 0, 4, 2);
    expect(table.get("laki")).toBe(1);
    expect(table.size).toBe(1);
  });

  it("tells apart words with the same hash", () => {
    const pairs = [
      ["ospyrvjf", "fitqjpdg"],
      ["fdzqklcr", "omfwfefc"],
    ];
    const table = new WordTable();
    pairs.flat().forEach((word, i) => table.add(word, 0, word.length, i));
    for (const [a, b] of pairs) expect(fnv(a!)).toBe(fnv(b!));
    expect(pairs.flat().map((word) => table.get(word))).toEqual([0, 1, 2, 3]);
  });

  it("keeps every word of a table grown to many thousands", () => {
    const words = Array.from({ length: 150_000 }, (_, i) => `sana${i.toString(36)}`);
    const table = new WordTable();
    words.forEach((word, i) => table.add(` ${word} `, 1, word.length + 1, i * 28_000));
    expect(table.size).toBe(words.length);
    const wrong = words.filter((word, i) => table.get(word) !== i * 28_000);
    expect(wrong).toEqual([]);
    expect(table.get("sana")).toBe(-1);
  });

  it("keeps numbers up to 2³² - 1 and letters outside Latin", () => {
    const table = new WordTable();
    for (const [word, value] of [
      ["Ελλάδα", 0xffffffff],
      ["𝔘nicode", 65_536],
      ["Åland", 0],
    ] as const)
      table.add(word, 0, word.length, value);
    expect([table.get("Ελλάδα"), table.get("𝔘nicode"), table.get("Åland")]).toEqual([
      0xffffffff, 65_536, 0,
    ]);
    expect(table.get("Ελλαδα")).toBe(-1);
  });
});
