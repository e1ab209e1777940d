const COMBINING_MARKS = /[\u0300-\u036f]/g;
const NOT_ALNUM = /[^a-z0-9]+/g;

/**
 * Short texts repeat (first names, towns, companies) and are cached; long ones (a whole
 * address line) are nearly all different, and caching them only churned memory. Capped.
 */
const cache = new Map<string, string>();
const CACHE_LIMIT = 50_000;
const CACHED_LENGTH = 32;

/**
 * Text as compared, not as shown: lower case, accents and ligatures dropped (œ → oe, ß → ss),
 * every run of punctuation or space one space. "Saint-Étienne" → "saint etienne".
 */
export function foldText(text: string): string {
  const cacheable = text.length <= CACHED_LENGTH;
  let out = cacheable ? cache.get(text) : undefined;
  if (out !== undefined) return out;
  out = text
    .toLowerCase()
    .replace(/œ/g, "oe")
    .replace(/æ/g, "ae")
    .replace(/ß/g, "ss")
    .replace(/ł/g, "l")
    .normalize("NFD")
    .replace(COMBINING_MARKS, "")
    .replace(NOT_ALNUM, " ")
    .trim();
  if (!cacheable) return out;
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(text, out);
  return out;
}

/** Folded words, empty ones left out. */
export function foldWords(text: string): string[] {
  const folded = foldText(text);
  return folded === "" ? [] : folded.split(" ");
}
