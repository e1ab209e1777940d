/**
 * Customer ids → 0, 1, 2… in the order first seen: the per-row lookup of every orders job
 * (Score, Predict). A Map keyed by the id text cost about a microsecond a row on a million
 * orders (hashing each new string, then comparing it with the stored key). Ids that are one
 * prefix and digits ("C296362", "CL-0042", "10234"), as most exports write them, are instead
 * turned into a number that stands for the text exactly and looked up in typed arrays; any
 * other id goes to the Map. An id always takes the same way, so each gets one index.
 */
export class CustomerIndex {
  /** The ids, by index. */
  readonly ids: string[] = [];
  private readonly byText = new Map<string, number>();
  /** What comes before the digits of the first id; null until then, "" for all-digit ids. */
  private prefix: string | null = null;
  private keys = new Int32Array(1 << 12);
  private indexes = new Int32Array(1 << 12);
  /** 32 − log2(table size): the slot is the top bits of the key times the golden ratio. */
  private shift = 20;
  private filled = 0;

  get size(): number {
    return this.ids.length;
  }

  /** The id's index; an id not seen before gets the next one. */
  indexOf(id: string): number {
    const key = this.numericKey(id);
    if (key === 0) {
      let index = this.byText.get(id);
      if (index === undefined) {
        index = this.ids.push(id) - 1;
        this.byText.set(id, index);
      }
      return index;
    }
    const mask = this.keys.length - 1;
    let slot = Math.imul(key, 0x9e3779b1) >>> this.shift;
    for (;;) {
      const found = this.keys[slot]!;
      if (found === key) return this.indexes[slot]!;
      if (found === 0) break;
      slot = (slot + 1) & mask;
    }
    const index = this.ids.push(id) - 1;
    this.keys[slot] = key;
    this.indexes[slot] = index;
    if (++this.filled * 2 > this.keys.length) this.grow();
    return index;
  }

  /**
   * "1" followed by the id's digits, read as a number ("C01512" → 101512): one number per digit
   * text, leading zeros included, below 2³¹ for up to nine digits. 0 when the id is not the
   * prefix and one to nine digits.
   */
  private numericKey(id: string): number {
    const prefix = (this.prefix ??= id.slice(0, trailingDigitsStart(id)));
    const digits = id.length - prefix.length;
    if (digits < 1 || digits > 9 || !id.startsWith(prefix)) return 0;
    let key = 1;
    for (let i = prefix.length; i < id.length; i++) {
      const digit = id.charCodeAt(i) - 48;
      if (digit < 0 || digit > 9) return 0;
      key = key * 10 + digit;
    }
    return key;
  }

  private grow(): void {
    const keys = this.keys;
    const indexes = this.indexes;
    this.keys = new Int32Array(keys.length * 2);
    this.indexes = new Int32Array(keys.length * 2);
    this.shift--;
    const mask = this.keys.length - 1;
    for (let old = 0; old < keys.length; old++) {
      const key = keys[old]!;
      if (key === 0) continue;
      let slot = Math.imul(key, 0x9e3779b1) >>> this.shift;
      while (this.keys[slot] !== 0) slot = (slot + 1) & mask;
      this.keys[slot] = key;
      this.indexes[slot] = indexes[old]!;
    }
  }
}

/** Where the run of digits that ends the text starts (its length when it ends otherwise). */
function trailingDigitsStart(text: string): number {
  let start = text.length;
  while (start > 0 && text.charCodeAt(start - 1) >= 48 && text.charCodeAt(start - 1) <= 57) start--;
  return start;
}
