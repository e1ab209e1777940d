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
  let from = values;
  let to = scratchFor(n, scratch);
  const counts = new Int32Array(65_536);
  for (let pass = 0; pass < 4; pass++) {
    // One digit value for all: this pass would not move anything.
    if (!countingPass(from, to, counts, pass < 2 ? 1 : 4_294_967_296, (pass % 2) * 16)) continue;
    [from, to] = [to, from];
  }
  if (from !== values) values.set(from);
  return values;
}

/**
 * Sort values of the form key × divisor + low (key below 2^32, low below divisor) by key only,
 * in place and stably: values whose `low` parts are already in increasing order (blocking
 * entries, pushed row after row) come out fully sorted after two 16-bit passes instead of four.
 */
export function radixSortByKey(values: Float64Array, divisor: number, scratch?: Float64Array): Float64Array {
  const n = values.length;
  if (n < 2) return values;
  let from = values;
  let to = scratchFor(n, scratch);
  const counts = new Int32Array(65_536);
  for (let shift = 0; shift <= 16; shift += 16) {
    const moved = countingPass(from, to, counts, divisor, shift);
    if (moved) [from, to] = [to, from];
  }
  if (from !== values) values.set(from);
  return values;
}

function scratchFor(n: number, scratch: Float64Array | undefined): Float64Array {
  return scratch && scratch.length >= n ? scratch.subarray(0, n) : new Float64Array(n);
}

/**
 * One stable counting-sort pass of `from` into `to` on the 16-bit digit (floor(value / divisor)
 * >>> shift) & 0xffff (`>>>` takes the low 32 bits of an integer below 2^53). Returns false,
 * without moving anything, when every value has the same digit (the pass would be the
 * identity). The digit is computed here, not by a function passed in: a call per value, on
 * ten million entries, through a call site that saw five different functions.
 */
function countingPass(from: Float64Array, to: Float64Array, counts: Int32Array, divisor: number, shift: number): boolean {
  const n = from.length;
  counts.fill(0);
  for (let i = 0; i < n; i++) counts[(Math.floor(from[i]! / divisor) >>> shift) & 0xffff]!++;
  if (counts[(Math.floor(from[0]! / divisor) >>> shift) & 0xffff] === n) return false;
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
  return true;
}
