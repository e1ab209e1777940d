/**
 * A blocking key made of small integers (a kind, then dictionary ids), mixed into 32 bits
 * (MurmurHash3's finaliser, Appleby): no key string is built per row. A collision only adds a
 * candidate pair, which the comparison then rejects.
 */
export function keyHash(kind: number, a: number, b = 0, c = 0): number {
  let h = Math.imul(kind + 0x9e3779b9, 0x85ebca6b);
  h = mix(h ^ a);
  h = mix(h ^ b);
  h = mix(h ^ c);
  return h >>> 0;
}

function mix(value: number): number {
  let h = value;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h;
}
