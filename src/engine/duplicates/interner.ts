/**
 * A dictionary of distinct values: each text gets a small integer id the first time it is
 * seen, and a count of how many times it was added (Fellegi-Sunter's u-probability: agreeing
 * on a value held by few rows counts more). A million rows then compare integers, not strings,
 * and each distinct value is normalised and stored once.
 *
 * Its own hash table (open addressing, hash and id side by side in one Int32Array) rather than
 * a Map: the texts looked up are fresh strings, one per word of every row, and a Map of
 * hundreds of thousands of words costs several cache misses per lookup (bucket, entry chain,
 * key). Here one probe reads the hash and the id together, and the text is read only when the
 * hashes agree. `Interner.id` was 15 % of a 1,048,576-row dedupe; ids are the same as a Map's
 * (first seen, first numbered).
 */
export class Interner {
  private readonly texts: string[] = [];
  private counts = new Int32Array(1024);
  /** Slot k holds a hash at 2k and an id at 2k + 1 (-1: free); at most half the slots are used. */
  private slots = new Int32Array(2 * 1024).fill(-1);
  private mask = 1023;

  /** The id of `text`, adding it when new; `count` says whether this occurrence is counted. */
  id(text: string, count = true): number {
    const hash = hashOf(text);
    const slots = this.slots;
    let at = hash & this.mask;
    let id = slots[2 * at + 1]!;
    while (id >= 0 && (slots[2 * at] !== hash || this.texts[id] !== text)) {
      at = (at + 1) & this.mask;
      id = slots[2 * at + 1]!;
    }
    if (id < 0) id = this.add(text, hash, at);
    if (count) this.counts[id]!++;
    return id;
  }

  /** Count one more occurrence of a value already added (a row whose normalisation was cached). */
  countAgain(id: number): void {
    this.counts[id]!++;
  }

  /** The id of `text` if it was added, else -1 (never adds). */
  find(text: string): number {
    const hash = hashOf(text);
    for (let at = hash & this.mask; ; at = (at + 1) & this.mask) {
      const id = this.slots[2 * at + 1]!;
      if (id < 0 || (this.slots[2 * at] === hash && this.texts[id] === text)) return id;
    }
  }

  text(id: number): string {
    return this.texts[id]!;
  }

  /** How many times the value was added (at least 1, so that rarities stay finite). */
  count(id: number): number {
    return Math.max(1, this.counts[id]!);
  }

  get size(): number {
    return this.texts.length;
  }

  private add(text: string, hash: number, at: number): number {
    const id = this.texts.length;
    this.texts.push(text);
    if (id === this.counts.length) {
      const bigger = new Int32Array(this.counts.length * 2);
      bigger.set(this.counts);
      this.counts = bigger;
    }
    this.slots[2 * at] = hash;
    this.slots[2 * at + 1] = id;
    if (2 * this.texts.length > this.mask + 1) this.grow();
    return id;
  }

  private grow(): void {
    const old = this.slots;
    this.mask = 2 * (this.mask + 1) - 1;
    const slots = new Int32Array(2 * (this.mask + 1)).fill(-1);
    for (let k = 0; k < old.length; k += 2) {
      if (old[k + 1]! < 0) continue;
      let at = old[k]! & this.mask;
      while (slots[2 * at + 1]! >= 0) at = (at + 1) & this.mask;
      slots[2 * at] = old[k]!;
      slots[2 * at + 1] = old[k + 1]!;
    }
    this.slots = slots;
  }
}

/** FNV-1a over the UTF-16 code units, its high bits folded into the low ones (the table index). */
function hashOf(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return (hash ^ (hash >>> 16)) | 0;
}
