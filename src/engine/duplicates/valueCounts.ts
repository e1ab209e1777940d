/**
 * How many times each value of a numeric column occurs (NaN = missing), for values nearly all
 * distinct (e-mail hashes, phone digits), where a Map would hold a million entries: an
 * open-addressing table in two typed arrays, one pass to count and one to read back.
 */
export function countValues(values: ArrayLike<number>, length = values.length): Int32Array {
  let size = 1024;
  while (size < length * 2) size *= 2;
  const mask = size - 1;
  // A slot is free while its count is 0 (a key is never NaN), and each value's slot is kept
  // plus one (0: missing): fresh typed arrays are zeros, nothing is filled before counting.
  const keys = new Float64Array(size);
  const counts = new Int32Array(size);
  const slots = new Int32Array(length);
  for (let i = 0; i < length; i++) {
    const value = values[i]!;
    if (Number.isNaN(value)) continue;
    let slot = mixSlot(value) & mask;
    while (counts[slot] !== 0 && keys[slot] !== value) slot = (slot + 1) & mask;
    keys[slot] = value;
    counts[slot]!++;
    slots[i] = slot + 1;
  }
  const out = slots;
  for (let i = 0; i < length; i++) if (slots[i] !== 0) out[i] = counts[slots[i]! - 1]!;
  return out;
}

/** A slot from a 53-bit integer value: both halves mixed (Murmur3 finaliser constants). */
function mixSlot(value: number): number {
  let h = (value | 0) ^ Math.imul(Math.floor(value / 4_294_967_296) | 0, 0x9e3779b1);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  return h >>> 0;
}
