import { hashKey } from "./hashKey";

/** Blocking statistics, for the report's summary and the bench. */
export interface BlockingStats {
  readonly keys: number;
  readonly blocks: number;
  /** Blocks left out because too many rows share their key (a switchboard phone, "contact@"). */
  readonly oversizedBlocks: number;
  readonly pairs: number;
}

/**
 * Rows sharing a key held by more than this many rows are not compared on it: such a key
 * (a shared switchboard, a frequent name in a big town) does not tell customers apart, and
 * comparing all its pairs would make the work grow with the square of the rows. Each row has
 * several keys, so its duplicates still meet on a rarer one.
 */
export const MAX_BLOCK = 24;
/** The cap for broad keys (see blockingKeys: name sound + initial, house number + street word). */
export const MAX_BROAD_BLOCK = 8;

/** Keys that name a customer closely (e-mail, phone, name in a town) and keys that only narrow the search. */
export interface KeyTier {
  readonly maxBlock: number;
  readonly keysOf: (index: number, emit: (key: string) => void) => void;
}

/**
 * The pairs of rows that share at least one blocking key, each once, as i * rows + j (i < j),
 * sorted. Keys are hashed and packed with the row index into one float64 so that a million
 * rows and ten million keys sort as a typed array, with no string held per key. Each tier has
 * its own block cap: a broad key (a house number and a street word anywhere in the country)
 * is only useful while few rows share it.
 */
export function candidatePairs(rows: number, tiers: readonly KeyTier[]): { pairs: Float64Array; stats: BlockingStats } {
  const indexBits = Math.max(1, Math.ceil(Math.log2(rows + 1)));
  const shift = 2 ** indexBits;
  // 53 bits of a float64's integer range: the hash keeps what the row index leaves.
  const hashBits = 53 - indexBits;
  const hashDrop = hashBits >= 32 ? 1 : 2 ** (32 - hashBits);
  let pairs: Float64Array = new Float64Array(Math.max(16, rows * 4));
  let pairCount = 0;
  let keys = 0;
  let blocks = 0;
  let oversized = 0;
  for (const tier of tiers) {
    let entries: Float64Array = new Float64Array(Math.max(16, rows * 4));
    let count = 0;
    let row = 0;
    // One emitter for all rows (not a closure per row: a million rows, each a function object).
    const emit = (key: string) => {
      if (count === entries.length) entries = grow(entries);
      entries[count++] = Math.floor(hashKey(key) / hashDrop) * shift + row;
    };
    for (row = 0; row < rows; row++) tier.keysOf(row, emit);
    keys += count;
    const sorted = entries.subarray(0, count).sort();
    for (let start = 0; start < count; ) {
      const block = Math.floor(sorted[start]! / shift);
      let end = start + 1;
      while (end < count && Math.floor(sorted[end]! / shift) === block) end++;
      const size = end - start;
      if (size > tier.maxBlock) oversized++;
      else if (size > 1) {
        blocks++;
        for (let a = start; a < end; a++) {
          const i = sorted[a]! - block * shift;
          for (let b = a + 1; b < end; b++) {
            const j = sorted[b]! - block * shift;
            if (i === j) continue;
            if (pairCount === pairs.length) pairs = grow(pairs);
            pairs[pairCount++] = i < j ? i * rows + j : j * rows + i;
          }
        }
      }
      start = end;
    }
  }
  const unique = uniqueSorted(pairs.subarray(0, pairCount).sort());
  return { pairs: unique, stats: { keys, blocks, oversizedBlocks: oversized, pairs: unique.length } };
}

function grow(array: Float64Array): Float64Array {
  const bigger = new Float64Array(array.length * 2);
  bigger.set(array);
  return bigger;
}

function uniqueSorted(sorted: Float64Array): Float64Array {
  let w = 0;
  for (let r = 0; r < sorted.length; r++) if (r === 0 || sorted[r] !== sorted[w - 1]) sorted[w++] = sorted[r]!;
  return sorted.slice(0, w);
}
