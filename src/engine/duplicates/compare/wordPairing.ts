import { INITIAL_MATCH, wordSimilarity } from "./wordMatch";
import type { WordShapes } from "./wordShapes";

/**
 * Pairs the words of two lists, order ignored: each word of the shorter list takes its best
 * free partner (the same word, a typo of it, or an initial of it). With word rarities (names),
 * also sums each pair's rarity (of the longer word) and notes initials and the weakest pair.
 * One instance per field, reused for millions of pairs: the result lives in its fields, so a
 * pairing allocates nothing.
 */
export class WordPairing {
  /** Sum of the pairs' similarities. */
  matched = 0;
  /** Words of the shorter list that found no partner, and of the longer list left over. */
  unmatchedShort = 0;
  unmatchedLong = 0;
  /** Sum of the paired (non-initial) words' rarities, in bits. */
  rarityBits = 0;
  /** The weakest non-initial pair's similarity. */
  minSimilarity = 1;
  /** Pairs made through an initial ("J" ~ "Jean"). */
  initials = 0;
  private used = new Uint8Array(64);

  constructor(
    /** Length, first letters and letters a-z of each word: most different words are told apart by them. */
    private readonly shapes: WordShapes,
    private readonly rarity?: Float64Array,
  ) {}

  /** Pair ids[startA..startA+la) with ids[startB..startB+lb); returns this, holding the result. */
  pair(ids: Float64Array, startA: number, la: number, startB: number, lb: number): this {
    const swap = la > lb;
    const shortStart = swap ? startB : startA;
    const shortLength = swap ? lb : la;
    const longStart = swap ? startA : startB;
    const longLength = swap ? la : lb;
    if (this.used.length < longLength) this.used = new Uint8Array(longLength * 2);
    const used = this.used;
    used.fill(0, 0, longLength);
    const shapes = this.shapes;
    const length = shapes.length;
    const rarity = this.rarity;
    let matched = 0;
    let unmatchedShort = 0;
    let bits = 0;
    let minSimilarity = 1;
    let initials = 0;
    for (let s = 0; s < shortLength; s++) {
      const word = ids[shortStart + s]!;
      let best = 0;
      let bestAt = -1;
      for (let l = 0; l < longLength; l++) {
        if (used[l] === 1) continue;
        const other = ids[longStart + l]!;
        const sim = wordSimilarity(word, other, shapes);
        if (sim > best) {
          best = sim;
          bestAt = l;
          if (sim === 1) break;
        }
      }
      if (bestAt < 0) {
        unmatchedShort++;
        continue;
      }
      used[bestAt] = 1;
      matched += best;
      if (rarity) {
        const other = ids[longStart + bestAt]!;
        const longer = length[word]! >= length[other]! ? word : other;
        if (best === INITIAL_MATCH || length[longer] === 1) initials++;
        else {
          bits += rarity[longer]!;
          if (best < minSimilarity) minSimilarity = best;
        }
      }
    }
    this.matched = matched;
    this.unmatchedShort = unmatchedShort;
    this.unmatchedLong = longLength - (shortLength - unmatchedShort);
    this.rarityBits = bits;
    this.minSimilarity = minSimilarity;
    this.initials = initials;
    return this;
  }
}
