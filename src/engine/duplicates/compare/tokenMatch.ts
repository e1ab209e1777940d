import { jaroWinkler } from "./jaroWinkler";

/** Two words are the same word mistyped above this Jaro-Winkler similarity (Winkler's usual cut-off is 0.88-0.9). */
export const SAME_WORD = 0.88;
/** "J." stands for "Jean": an initial matching a word's first letter counts this much. */
export const INITIAL_MATCH = 0.8;

export interface TokenMatch {
  /** Sum of the similarities of the matched pairs. */
  readonly matched: number;
  /** Words of the shorter list with no partner: a real difference. */
  readonly unmatchedShort: number;
  /** Words of the longer list left over: usually a part left out (first name missing). */
  readonly unmatchedLong: number;
  /** Words of the shorter list with a partner, and their similarity, for the weights. */
  readonly pairs: readonly (readonly [string, number])[];
}

/**
 * Pair the words of two word lists, order ignored: each word of the shorter list takes its
 * best free partner (same word, a typo of it, or an initial of it).
 */
export function matchTokens(a: readonly string[], b: readonly string[]): TokenMatch {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  const used = new Array<boolean>(long.length).fill(false);
  let matched = 0;
  let unmatchedShort = 0;
  const pairs: [string, number][] = [];
  for (const word of short) {
    let best = 0;
    let bestAt = -1;
    for (let j = 0; j < long.length; j++) {
      if (used[j]) continue;
      const sim = wordSimilarity(word, long[j]!);
      if (sim > best) {
        best = sim;
        bestAt = j;
        if (sim === 1) break;
      }
    }
    if (bestAt < 0) {
      unmatchedShort++;
      continue;
    }
    used[bestAt] = true;
    matched += best;
    pairs.push([word.length >= long[bestAt]!.length ? word : long[bestAt]!, best]);
  }
  return { matched, unmatchedShort, unmatchedLong: long.length - (short.length - unmatchedShort), pairs };
}

function wordSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  if (a.length === 1 || b.length === 1) return a.charCodeAt(0) === b.charCodeAt(0) ? INITIAL_MATCH : 0;
  if (Math.abs(a.length - b.length) > 3) return 0;
  // People seldom mistype a word's first letter (Pollock & Zamora 1984 found most errors
  // later in the word): skipping Jaro-Winkler for other first letters saves most of its calls.
  if (a.charCodeAt(0) !== b.charCodeAt(0) && !(a.charCodeAt(0) === b.charCodeAt(1) && a.charCodeAt(1) === b.charCodeAt(0))) return 0;
  const sim = jaroWinkler(a, b);
  return sim >= SAME_WORD ? sim : 0;
}
