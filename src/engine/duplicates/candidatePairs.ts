import { radixSort, radixSortByKey } from "./radixSort";

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
/** The cap for broad keys (see RowBlockingKeys: name sound + initial, house number + street word). */
export const MAX_BROAD_BLOCK = 8;

/** Calls emit / emitBroad with each 32-bit key of a row (narrow keys, broad keys). */
export type KeysOf = (row: number, emit: (key: number) => void, emitBroad: (key: number) => void) => void;

/**
 * The pairs of rows that share at least one blocking key, each once, as i * rows + j (i < j),
 * sorted. Each key is packed with the row index into one float64, so that a million rows and
 * ten million keys sort as a typed array, with no string or object held per key. Narrow and
 * broad keys have their own block caps: a broad key (a house number and a street word
 * anywhere in the country) is only useful while few rows share it.
 */
export function candidatePairs(
  rows: number,
  keysOf: KeysOf,
  maxBlock = MAX_BLOCK,
  maxBroadBlock = MAX_BROAD_BLOCK,
): { pairs: Float64Array; stats: BlockingStats } {
  const indexBits = Math.max(1, Math.ceil(Math.log2(rows + 1)));
  const shift = 2 ** indexBits;
  // 53 bits of a float64's integer range: the hash keeps what the row index leaves.
  const hashBits = 53 - indexBits;
  const hashDrop = hashBits >= 32 ? 1 : 2 ** (32 - hashBits);
  const narrow = new KeyEntries(rows * 4);
  const broad = new KeyEntries(rows * 4);
  let row = 0;
  // One emitter per tier for all rows (not a closure per row: a million rows, each a function object).
  const emit = (key: number) => narrow.push(Math.floor(key / hashDrop) * shift + row);
  const emitBroad = (key: number) => broad.push(Math.floor(key / hashDrop) * shift + row);
  for (row = 0; row < rows; row++) keysOf(row, emit, emitBroad);
  const out = new PairList(rows * 2);
  // One scratch buffer for the three sorts (the largest first).
  const scratch = new Float64Array(Math.max(narrow.length, broad.length));
  // Entries were pushed row after row: sorting by key alone (stable) leaves rows in order within a key.
  const a = pairsOfBlocks(radixSortByKey(narrow.values(), shift, scratch), shift, rows, maxBlock, out);
  const b = pairsOfBlocks(radixSortByKey(broad.values(), shift, scratch), shift, rows, maxBroadBlock, out);
  const unique = uniqueSorted(radixSort(out.values(), out.length <= scratch.length ? scratch : undefined));
  return {
    pairs: unique,
    stats: { keys: narrow.length + broad.length, blocks: a.blocks + b.blocks, oversizedBlocks: a.oversized + b.oversized, pairs: unique.length },
  };
}

/** Every pair inside each block of sorted (key, row) entries, blocks over the cap skipped. */
function pairsOfBlocks(sorted: Float64Array, shift: number, rows: number, cap: number, out: PairList): { blocks: number; oversized: number } {
  let blocks = 0;
  let oversized = 0;
  const count = sorted.length;
  for (let start = 0; start < count;) {
    const block = Math.floor(sorted[start]! / shift);
    let end = start + 1;
    // Rows are sorted within a block: a row that gave the key twice (a name "Martin Martin") counts once.
    let size = 1;
    while (end < count && Math.floor(sorted[end]! / shift) === block) {
      if (sorted[end] !== sorted[end - 1]) size++;
      end++;
    }
    if (size > cap) oversized++;
    else if (size > 1) {
      blocks++;
      const base = block * shift;
      for (let a = start; a < end; a++) {
        const i = sorted[a]! - base;
        for (let b = a + 1; b < end; b++) {
          const j = sorted[b]! - base;
          // Entries are sorted by row within a block: i < j unless a row gave the key twice.
          if (i !== j) out.push(i * rows + j);
        }
      }
    }
    start = end;
  }
  return { blocks, oversized };
}

/** A growable Float64Array. */
class KeyEntries {
  private array: Float64Array;
  length = 0;

  constructor(capacity: number) {
    this.array = new Float64Array(Math.max(16, capacity));
  }

  push(value: number): void {
    if (this.length === this.array.length) {
      const bigger = new Float64Array(this.array.length * 2);
      bigger.set(this.array);
      this.array = bigger;
    }
    this.array[this.length++] = value;
  }

  values(): Float64Array {
    return this.array.subarray(0, this.length);
  }
}

const PairList = KeyEntries;
type PairList = KeyEntries;

function uniqueSorted(sorted: Float64Array): Float64Array {
  let w = 0;
  for (let r = 0; r < sorted.length; r++) if (r === 0 || sorted[r] !== sorted[w - 1]) sorted[w++] = sorted[r]!;
  return sorted.slice(0, w);
}
