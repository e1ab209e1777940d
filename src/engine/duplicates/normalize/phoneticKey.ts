import sonnex from "talisman/phonetics/french/sonnex.js";

const cache = new Map<string, string>();
const CACHE_LIMIT = 50_000;

/**
 * The French sound of a folded word (Sonnex, F. Bisson, via talisman): "lefebvre" and
 * "lefevre", "rousseau" and "rouseau" sound alike, so a typo in a name still shares a
 * blocking key. Digits are kept as they are.
 */
export function phoneticKey(word: string): string {
  let out = cache.get(word);
  if (out !== undefined) return out;
  out = /^[a-z]+$/.test(word) ? sonnex(word) || word : word;
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(word, out);
  return out;
}
