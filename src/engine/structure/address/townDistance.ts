import { distance as levenshtein } from "fastest-levenshtein";
import { editDistance } from "../emails/editDistance";

/**
 * Damerau distance between two town keys ("PRAIS" is one slip from "PARIS", not two), computed
 * only when it can matter: it is at least half the Levenshtein distance (a swap costs 2 there,
 * 1 here), and the bit-parallel Levenshtein is many times faster on the thousands of towns a
 * file's typos are compared with. Past 2 × `limit` the Levenshtein distance is returned: both
 * are then over the limit, and nearer towns still sort first.
 */
export function townDistance(a: string, b: string, limit: number): number {
  const lev = levenshtein(a, b);
  return lev <= 1 || lev > 2 * limit ? lev : editDistance(a, b);
}
