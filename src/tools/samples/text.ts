import { foldAccents } from "../../engine/text/fold";

/** Small text helpers shared by the writers. Regexes are compiled once, here. */
const NOT_SLUG = /[^a-z0-9]+/g;
const EDGE_DASHES = /^-+|-+$/g;
const DASHES = /-/g;

/** "Émile Zola" → "Emile Zola"; œ → oe, as people type without accents (the engine's one folding). */
export const stripAccents = foldAccents;

const slugCache = new Map<string, string>();

/** "Boulangerie du Centre" → "boulangerie-du-centre" (memoised). */
export function slug(text: string, joiner = "-"): string {
  const key = joiner + text;
  let out = slugCache.get(key);
  if (out === undefined) {
    if (slugCache.size > 20_000) slugCache.clear();
    out = stripAccents(text.toLowerCase()).replace(NOT_SLUG, "-").replace(EDGE_DASHES, "").replace(DASHES, joiner);
    slugCache.set(key, out);
  }
  return out;
}

/** "saint-étienne" → "Saint-Étienne". */
export function capitalizeWords(text: string): string {
  let out = "";
  let startOfWord = true;
  for (const ch of text) {
    out += startOfWord ? ch.toUpperCase() : ch.toLowerCase();
    startOfWord = ch === " " || ch === "-" || ch === "'";
  }
  return out;
}

/** A typing slip: swap two neighbours, drop or double a letter. */
export function typo(rand: () => number, word: string): string {
  if (word.length < 4) return word + word.slice(-1);
  const i = 1 + Math.floor(rand() * (word.length - 2));
  const kind = Math.floor(rand() * 3);
  if (kind === 0) return word.slice(0, i) + word.charAt(i + 1) + word.charAt(i) + word.slice(i + 2);
  if (kind === 1) return word.slice(0, i) + word.slice(i + 1);
  return word.slice(0, i) + word.charAt(i) + word.slice(i);
}
