// Maps each distinct word of the archive, as written, to a number (the index's termId). A word
// is looked up by its place in the text it was read from, so that the millions of words the
// index reads are not cut out as strings, and the table keeps each word's letters next to its
// length and number, so that a lookup touches two places in memory. A Map keyed by cut-out
// words took 2.4 s for the benchmark's 3.2 million lookups, this table 1.0 s.

const FIRST_CAPACITY = 1 << 12;
// A word in the pool: its length, its number in two 16-bit halves, then its UTF-16 units.
const HEADER = 3;

// Gives the FNV-1a hash of text[start, end).
function hashOf(text: string, start: number, end: number): number {
  let hash = 0x811c9dc5;
  for (let i = start; i < end; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash;
}

export class WordTable {
  // Open addressing, two Int32 per slot: the word's hash and its pool offset + 1 (0 = empty).
  private slots = new Int32Array(FIRST_CAPACITY * 2);
  private mask = FIRST_CAPACITY - 1;
  private pool = new Uint16Array(FIRST_CAPACITY * 8);
  private used = 0;
  private count = 0;

  // How many slots the table has (see renumber).
  get slotCount(): number {
    return this.mask + 1;
  }

  // How many distinct words the table holds.
  get size(): number {
    return this.count;
  }

  // Gives the number of the word text[start, end), or -1 when it is not in the table.
  get(text: string, start = 0, end = text.length): number {
    return this.lookup(text, start, end, -1);
  }

  // Adds the word text[start, end) with its number (0 … 2³² - 1), unless it is in the table.
  add(text: string, start: number, end: number, value: number): void {
    this.lookup(text, start, end, value);
  }

  // Gives every word a new number: `renumber[old]` (once the index knows its terms' order), a
  // part of the table at a time (slots from `from` to `to`), so that a build can pause.
  renumber(renumber: Int32Array, from = 0, to = this.slotCount): void {
    for (let slot = from; slot < to; slot++) {
      const entry = this.slots[slot * 2 + 1]!;
      if (entry === 0) continue;
      const at = entry - 1;
      const value = renumber[(this.pool[at + 1]! | (this.pool[at + 2]! << 16)) >>> 0]!;
      this.pool[at + 1] = value & 0xffff;
      this.pool[at + 2] = value >>> 16;
    }
  }

  private lookup(text: string, start: number, fullEnd: number, value: number): number {
    // Nothing that long is a word: it is kept and looked up by its first 65 535 units.
    const end = Math.min(fullEnd, start + 0xffff);
    const length = end - start;
    const hash = hashOf(text, start, end);
    let slot = hash & this.mask;
    for (;;) {
      const entry = this.slots[slot * 2 + 1]!;
      if (entry === 0) break;
      if (this.slots[slot * 2] === hash) {
        const at = entry - 1;
        if (this.pool[at] === length) {
          let i = 0;
          while (i < length && this.pool[at + HEADER + i] === text.charCodeAt(start + i)) i++;
          if (i === length) return (this.pool[at + 1]! | (this.pool[at + 2]! << 16)) >>> 0;
        }
      }
      slot = (slot + 1) & this.mask;
    }
    if (value < 0) return -1;
    this.count++;
    const at = this.used;
    this.used += HEADER + length;
    while (this.used > this.pool.length) {
      const longer = new Uint16Array(this.pool.length * 2);
      longer.set(this.pool);
      this.pool = longer;
    }
    this.pool[at] = length;
    this.pool[at + 1] = value & 0xffff;
    this.pool[at + 2] = value >>> 16;
    for (let i = 0; i < length; i++) this.pool[at + HEADER + i] = text.charCodeAt(start + i);
    this.slots[slot * 2] = hash;
    this.slots[slot * 2 + 1] = at + 1;
    // At most half full, so that a lookup ends after a probe or two.
    if (this.count * 2 > this.mask) this.grow();
    return value;
  }

  private grow(): void {
    const old = this.slots;
    const capacity = (this.mask + 1) * 2;
    this.mask = capacity - 1;
    this.slots = new Int32Array(capacity * 2);
    for (let i = 0; i < old.length; i += 2) {
      if (old[i + 1] === 0) continue;
      let slot = old[i]! & this.mask;
      while (this.slots[slot * 2 + 1] !== 0) slot = (slot + 1) & this.mask;
      this.slots[slot * 2] = old[i]!;
      this.slots[slot * 2 + 1] = old[i + 1]!;
    }
  }
}
