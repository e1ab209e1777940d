import type { Interner } from "../interner";
import { letterBits } from "./oneLetterApart";

/**
 * Whether two texts can reach a Jaro-Winkler similarity of `threshold`, from which letters
 * a-z each holds (bits) and their lengths, without comparing them: Winkler's prefix bonus
 * adds at most 0.4 × (1 − jaro), so jaro must reach (threshold − 0.4) / 0.6, and jaro ≤
 * (m/la + m/lb + 1) / 3 where the m matched characters exclude every letter the other text
 * lacks. Most pairs of different first names or towns fail this and skip Jaro-Winkler.
 */
export function mayReachJaroWinkler(lettersA: number, lettersB: number, lengthA: number, lengthB: number, threshold: number): boolean {
  const jaro = (threshold - 0.4) / 0.6;
  const matched = Math.min(lengthA - bitCount(lettersA & ~lettersB), lengthB - bitCount(lettersB & ~lettersA));
  return matched / lengthA + matched / lengthB >= 3 * jaro - 1 - 1e-9;
}

/** The letters of each value of a dictionary (see letterBits). */
export function lettersOf(dictionary: Interner): Int32Array {
  const out = new Int32Array(dictionary.size);
  for (let id = 0; id < out.length; id++) out[id] = letterBits(dictionary.text(id));
  return out;
}

function bitCount(bits: number): number {
  let v = bits - ((bits >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}
