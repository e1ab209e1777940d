import { jaroWinkler } from "./jaroWinkler";
import { mayReachJaroWinkler } from "./similarityBound";
import type { WordShapes } from "./wordShapes";

/** Two words are the same word mistyped above this Jaro-Winkler similarity (Winkler's usual cut-off is 0.88-0.9). */
export const SAME_WORD = 0.88;
/** "J." stands for "Jean": an initial matching a word's first letter counts this much. */
export const INITIAL_MATCH = 0.8;

/** Same word (1), a typo of it (its Jaro-Winkler), an initial of it (INITIAL_MATCH), or 0: words a and b of `shapes`. */
export function wordSimilarity(a: number, b: number, shapes: WordShapes): number {
  if (a === b) return 1;
  const la = shapes.length[a]!;
  const lb = shapes.length[b]!;
  const fa = shapes.first[a]!;
  const fb = shapes.first[b]!;
  if (la === 1 || lb === 1) return fa === fb ? INITIAL_MATCH : 0;
  if (Math.abs(la - lb) > 3) return 0;
  // People seldom mistype a word's first letter (Pollock & Zamora 1984 found most errors
  // later in the word): skipping Jaro-Winkler for other first letters saves most of its calls.
  if (fa !== fb && !(fa === shapes.second[b] && shapes.second[a] === fb)) return 0;
  if (!mayReachJaroWinkler(shapes.letters[a]!, shapes.letters[b]!, la, lb, SAME_WORD)) return 0;
  const sim = jaroWinkler(shapes.words.text(a), shapes.words.text(b));
  return sim >= SAME_WORD ? sim : 0;
}
