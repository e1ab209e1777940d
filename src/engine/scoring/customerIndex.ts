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
  /**
   * Open addressing, each slot two numbers side by side: the key, then its index (one cache
   * miss a lookup, where a table of keys and one of indexes cost two on a million orders).
   */
  private slots = new Int32Array(2 << 12);
  /** 32 − log2(number of slots): the slot is the top bits of the key times the golden ratio. */
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
    const slots = this.slots;
    const mask = (slots.length >> 1) - 1;
    let slot = Math.imul(key, 0x9e3779b1) >>> this.shift;
    for (;;) {
      const found = slots[2 * slot]!;
      if (found === key) return slots[2 * slot + 1]!;
      if (found === 0) break;
      slot = (slot + 1) & mask;
    }
    const index = this.ids.push(id) - 1;
    slots[2 * slot] = key;
    slots[2 * slot + 1] = index;
    if (++this.filled > slots.length >> 2) this.grow();
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
    const old = this.slots;
    const slots = (this.slots = new Int32Array(old.length * 2));
    this.shift--;
    const mask = (slots.length >> 1) - 1;
    for (let at = 0; at < old.length; at += 2) {
      const key = old[at]!;
      if (key === 0) continue;
      let slot = Math.imul(key, 0x9e3779b1) >>> this.shift;
      while (slots[2 * slot] !== 0) slot = (slot + 1) & mask;
      slots[2 * slot] = key;
      slots[2 * slot + 1] = old[at + 1]!;
    }
  }
}

/** Where the run of digits that ends the text starts (its length when it ends otherwise). */
function trailingDigitsStart(text: string): number {
  let start = text.length;
  while (start > 0 && text.charCodeAt(start - 1) >= 48 && text.charCodeAt(start - 1) <= 57) start--;
  return start;
}
