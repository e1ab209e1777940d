/**
 * A dictionary of distinct values: each text gets a small integer id the first time it is
 * seen, and a count of how many times it was added (Fellegi-Sunter's u-probability: agreeing
 * on a value held by few rows counts more). A million rows then compare integers, not strings,
 * and each distinct value is normalised and stored once.
 */
export class Interner {
  private readonly ids = new Map<string, number>();
  private readonly texts: string[] = [];
  private counts = new Int32Array(1024);

  /** The id of `text`, adding it when new; `count` says whether this occurrence is counted. */
  id(text: string, count = true): number {
    let id = this.ids.get(text);
    if (id === undefined) {
      id = this.texts.length;
      this.ids.set(text, id);
      this.texts.push(text);
      if (id === this.counts.length) {
        const bigger = new Int32Array(this.counts.length * 2);
        bigger.set(this.counts);
        this.counts = bigger;
      }
    }
    if (count) this.counts[id]!++;
    return id;
  }

  /** Count one more occurrence of a value already added (a row whose normalisation was cached). */
  countAgain(id: number): void {
    this.counts[id]!++;
  }

  /** The id of `text` if it was added, else -1 (never adds). */
  find(text: string): number {
    return this.ids.get(text) ?? -1;
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
}
