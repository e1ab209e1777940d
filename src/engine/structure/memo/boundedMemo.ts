/**
 * A cache of a pure function's results by input text, bounded in size. Customer files repeat
 * values (towns, companies, e-mail domains, the same customer on several rows), so each
 * distinct value is worked out once per job.
 *
 * Two generations instead of a true LRU: when the young map is full it becomes the old one and
 * the previous old one is dropped; a hit in the old map moves the entry back to the young one.
 * Memory stays under 2 × `limit` entries, and a value seen often is never evicted, at the cost
 * of one Map lookup per hit (no linked list to keep up).
 *
 * A memo that does not pay is set aside for a while: when fewer than one lookup in ten of a
 * sample found its key (names, addresses: nearly all distinct in a big file), the next
 * lookups just compute, with no Map to grow, hash and collect (issue 11: on a million rows
 * this was a second of Map work and hundreds of MB of garbage), then a new sample is taken.
 * The function is pure, so results are the same either way.
 */
export class BoundedMemo<V> {
  // An `undefined` result is stored as UNDEFINED so that an `undefined` result is a hit too: one
  // Map lookup per call instead of get + has (this runs several times per row on a million rows).
  private young = new Map<string, V | typeof UNDEFINED>();
  private old = new Map<string, V | typeof UNDEFINED>();

  private lookups = 0;
  private hits = 0;
  /** Lookups left to compute directly, the memo set aside (see above). */
  private skipping = 0;

  constructor(readonly limit: number = DEFAULT_MEMO_LIMIT) {}

  /** The result for `key`, computed by `compute` the first time (and after eviction). */
  get(key: string, compute: (key: string) => V): V {
    if (this.skipping > 0) {
      this.skipping--;
      return compute(key);
    }
    if (++this.lookups === SAMPLE_LOOKUPS) this.judge();
    const hit = this.young.get(key);
    if (hit !== undefined) {
      this.hits++;
      return unbox(hit);
    }
    // The old generation is empty until the young one first fills: skip its lookup then.
    const aged = this.old.size === 0 ? undefined : this.old.get(key);
    if (aged !== undefined) this.hits++;
    const stored = aged !== undefined ? aged : box(compute(key));
    if (this.young.size >= this.limit) {
      this.old = this.young;
      this.young = new Map();
    }
    this.young.set(key, stored);
    return unbox(stored);
  }

  get size(): number {
    return this.young.size + this.old.size;
  }

  /** At the end of a sample: set the memo aside when it found too few keys. */
  private judge(): void {
    if (this.hits * MIN_HIT_SHARE < SAMPLE_LOOKUPS) {
      this.skipping = SKIPPED_LOOKUPS;
      this.young = new Map();
      this.old = new Map();
    }
    this.lookups = 0;
    this.hits = 0;
  }
}

/** Lookups per sample; a memo pays when at least one in MIN_HIT_SHARE finds its key. */
const SAMPLE_LOOKUPS = 20_000;
const MIN_HIT_SHARE = 10;
/** Lookups computed directly before a new sample: the file may repeat itself further down. */
const SKIPPED_LOOKUPS = 200_000;

/** Stands for a computed `undefined` in the maps (a Map's get cannot tell it from a miss). */
const UNDEFINED: unique symbol = Symbol("undefined");

function box<V>(value: V): V | typeof UNDEFINED {
  return value === undefined ? UNDEFINED : value;
}

function unbox<V>(stored: V | typeof UNDEFINED): V {
  return (stored === UNDEFINED ? undefined : stored) as V;
}

/**
 * Entries per generation: 100,000 distinct values cover a 100k-row file entirely and keep a
 * 1,048,576-row file's repeated values (towns, domains, companies) while staying a few tens
 * of MB (a result object of a few short strings is ~100–300 bytes).
 */
export const DEFAULT_MEMO_LIMIT = 100_000;

/**
 * The memo kept for `owner` (a postal index): results that only hold for the data they were
 * worked out with live and die with that data.
 */
export function memoAttachedTo<O extends object, V>(memos: WeakMap<O, BoundedMemo<V>>, owner: O): BoundedMemo<V> {
  let memo = memos.get(owner);
  if (!memo) {
    memo = new BoundedMemo<V>();
    memos.set(owner, memo);
  }
  return memo;
}
