import { distance } from "fastest-levenshtein";
import { jaroWinkler } from "./jaroWinkler";

/**
 * Two mailboxes one letter apart: one letter typed wrong, left out, doubled or swapped
 * ("jean.dupont" / "jean.dupond"). A different digit is another mailbox ("martin75" /
 * "martin76"), and short mailboxes are too easily one letter apart to mean anything.
 */
export function oneLetterApart(a: string, b: string): boolean {
  if (a.length < 6 || Math.abs(a.length - b.length) > 1 || /\d/.test(a) || /\d/.test(b)) return false;
  return distance(a, b) <= 1 || (a.length === b.length && jaroWinkler(a, b) >= 0.95);
}

/**
 * A necessary condition for oneLetterApart, from which letters a-z each text holds (bits) and
 * their lengths, so that most pairs are ruled out without reading the texts: one letter added
 * or left out changes at most one letter present; one typed wrong, at most one on each side;
 * a Jaro-Winkler of 0.95 at the same length L leaves at most L/8 letters of each side unmatched
 * (jaro ≥ 0.9167 needs 7/8 of the letters matched).
 */
export function mayBeOneLetterApart(lettersA: number, lettersB: number, lengthA: number, lengthB: number): boolean {
  const onlyA = bitCount(lettersA & ~lettersB);
  const onlyB = bitCount(lettersB & ~lettersA);
  if (lengthA !== lengthB) return onlyA + onlyB <= 1;
  return Math.max(onlyA, onlyB) <= Math.max(1, Math.floor(lengthA / 8));
}

/** Bit k set when the letter a + k occurs in the text. */
export function letterBits(text: string): number {
  let bits = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i) - 97;
    if (c >= 0 && c < 26) bits |= 1 << c;
  }
  return bits;
}

function bitCount(bits: number): number {
  let v = bits - ((bits >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}
