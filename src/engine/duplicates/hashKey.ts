/**
 * FNV-1a, 32 bits (Fowler, Noll, Vo): blocking keys and value counts are hashed so that a
 * million rows need typed arrays rather than millions of strings in maps. A collision only
 * adds a candidate pair (compared and rejected) or overcounts a value slightly.
 */
export function hashKey(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}
