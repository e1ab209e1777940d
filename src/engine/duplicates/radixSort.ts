/**
 * Sort non-negative integers below 2^53 held in a Float64Array, in place, by LSD radix sort
 * on 16-bit digits (Knuth, TAOCP vol. 3, 5.2.5): blocking sorts ten million (key, row) entries
 * for a full sheet, and four linear passes beat a comparison sort several times over. Passes
 * whose digit is the same for every value are skipped. `scratch` (at least as long) is reused
 * between calls to spare an allocation.
 */
export function radixSort(values: Float64Array, scratch?: Float64Array): Float64Array {
  const n = values.length;
  if (n < 64) return values.sort();
  const buffer = scratch && scratch.length >= n ? scratch.subarray(0, n) : new Float64Array(n);
  const counts = new Int32Array(65_536);
  let from = values;
  let to = buffer;
  for (let pass = 0; pass < 4; pass++) {
    counts.fill(0);
    for (let i = 0; i < n; i++) counts[digit(from[i]!, pass)]!++;
    // One digit value for all: this pass would not move anything.
    if (counts[digit(from[0]!, pass)] === n) continue;
    let sum = 0;
    for (let d = 0; d < 65_536; d++) {
      const c = counts[d]!;
      counts[d] = sum;
      sum += c;
    }
    for (let i = 0; i < n; i++) {
      const v = from[i]!;
      to[counts[digit(v, pass)]!++] = v;
    }
    const swap = from;
    from = to;
    to = swap;
  }
  if (from !== values) values.set(from);
  return values;
}

/** The pass-th 16-bit digit of an integer below 2^53, lowest first. */
function digit(value: number, pass: number): number {
  if (pass < 2) return (value % 4_294_967_296 >>> (pass * 16)) & 0xffff;
  return (Math.floor(value / 4_294_967_296) >>> ((pass - 2) * 16)) & 0xffff;
}

/**
 * Sort values of the form key × divisor + low (key below 2^32, low below divisor) by key only,
 * in place and stably: values whose `low` parts are already in increasing order (blocking
 * entries, pushed row after row) come out fully sorted after two 16-bit passes instead of four.
 */
export function radixSortByKey(values: Float64Array, divisor: number, scratch?: Float64Array): Float64Array {
  const n = values.length;
  if (n < 2) return values;
  const buffer = scratch && scratch.length >= n ? scratch.subarray(0, n) : new Float64Array(n);
  const counts = new Int32Array(65_536);
  let from = values;
  let to = buffer;
  for (let shift = 0; shift <= 16; shift += 16) {
    counts.fill(0);
    for (let i = 0; i < n; i++) counts[(Math.floor(from[i]! / divisor) >>> shift) & 0xffff]!++;
    let sum = 0;
    for (let d = 0; d < 65_536; d++) {
      const c = counts[d]!;
      counts[d] = sum;
      sum += c;
    }
    for (let i = 0; i < n; i++) {
      const v = from[i]!;
      to[counts[(Math.floor(v / divisor) >>> shift) & 0xffff]!++] = v;
    }
    const swap = from;
    from = to;
    to = swap;
  }
  // Two passes: the sorted values are back in `values`.
  return values;
}
