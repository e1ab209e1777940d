import type { Interner } from "../interner";
import { jaroWinkler } from "./jaroWinkler";

/**
 * Jaro-Winkler between two dictionary values, remembered per pair of ids: the same two towns
 * meet again and again across candidate pairs. Bounded, cleared when full.
 */
export class SimilarityCache {
  private readonly values = new Map<number, number>();

  constructor(
    private readonly dictionary: Interner,
    private readonly limit = 200_000,
  ) {}

  get(a: number, b: number): number {
    if (a === b) return 1;
    // Ids stay far below 2^26 (a town dictionary of a full sheet): the key is exact.
    const key = a < b ? a * 67_108_864 + b : b * 67_108_864 + a;
    let sim = this.values.get(key);
    if (sim === undefined) {
      sim = a < b ? jaroWinkler(this.dictionary.text(a), this.dictionary.text(b)) : jaroWinkler(this.dictionary.text(b), this.dictionary.text(a));
      if (this.values.size >= this.limit) this.values.clear();
      this.values.set(key, sim);
    }
    return sim;
  }
}
