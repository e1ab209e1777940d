import { jaroWinkler } from "./jaroWinkler";
import { mayReachJaroWinkler } from "./similarityBound";

/** Two words are the same word mistyped above this Jaro-Winkler similarity (Winkler's usual cut-off is 0.88-0.9). */
export const SAME_WORD = 0.88;
/** "J." stands for "Jean": an initial matching a word's first letter counts this much. */
export const INITIAL_MATCH = 0.8;

/** Same word (1), a typo of it (its Jaro-Winkler), an initial of it (INITIAL_MATCH), or 0. */
export function wordSimilarity(a: number, b: number, ta: string, tb: string, letters: Int32Array): number {
  if (a === b) return 1;
  if (ta.length === 1 || tb.length === 1) return ta.charCodeAt(0) === tb.charCodeAt(0) ? INITIAL_MATCH : 0;
  if (Math.abs(ta.length - tb.length) > 3) return 0;
  // People seldom mistype a word's first letter (Pollock & Zamora 1984 found most errors
  // later in the word): skipping Jaro-Winkler for other first letters saves most of its calls.
  if (ta.charCodeAt(0) !== tb.charCodeAt(0) && !(ta.charCodeAt(0) === tb.charCodeAt(1) && ta.charCodeAt(1) === tb.charCodeAt(0))) return 0;
  if (!mayReachJaroWinkler(letters[a]!, letters[b]!, ta.length, tb.length, SAME_WORD)) return 0;
  const sim = jaroWinkler(ta, tb);
  return sim >= SAME_WORD ? sim : 0;
}
