/**
 * What the purchase-count models see of each customer, in the chosen time unit (weeks for the
 * published CDNOW figures): x repeat purchases (days with a purchase after the first one),
 * t_x the time of the last purchase and T the time of the end of calibration, both counted from
 * the first purchase. Customers with the same (x, t_x, T) contribute the same likelihood, so
 * the fits run on the distinct triples with a weight each: far fewer terms on a big file.
 */
export interface RepeatData {
  readonly x: Float64Array;
  readonly tx: Float64Array;
  readonly T: Float64Array;
  /** How many customers share the triple. */
  readonly weight: Float64Array;
}

export interface DistinctTriples extends RepeatData {
  /** The triple of each customer given, by index in x, tx, T. */
  readonly tripleOf: Uint32Array;
}

export function distinctTriples(x: ArrayLike<number>, tx: ArrayLike<number>, T: ArrayLike<number>): DistinctTriples {
  const n = x.length;
  if (fitsOneKey(x, tx, T)) return distinctByKey(x, tx, T);
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  order.sort((i, j) => x[i]! - x[j]! || tx[i]! - tx[j]! || T[i]! - T[j]!);
  const outX: number[] = [];
  const outTx: number[] = [];
  const outT: number[] = [];
  const weight: number[] = [];
  const tripleOf = new Uint32Array(n);
  for (let k = 0; k < n; k++) {
    const i = order[k]!;
    const last = outX.length - 1;
    if (last >= 0 && outX[last] === x[i] && outTx[last] === tx[i] && outT[last] === T[i]) weight[last]!++;
    else {
      outX.push(x[i]!);
      outTx.push(tx[i]!);
      outT.push(T[i]!);
      weight.push(1);
    }
    tripleOf[i] = outX.length - 1;
  }
  return { x: Float64Array.from(outX), tx: Float64Array.from(outTx), T: Float64Array.from(outT), weight: Float64Array.from(weight), tripleOf };
}

/** Whole days (x < 2²¹, t_x and T < 2¹⁶ days) pack into one exactly representable number. */
function fitsOneKey(x: ArrayLike<number>, tx: ArrayLike<number>, T: ArrayLike<number>): boolean {
  for (let i = 0; i < x.length; i++) {
    const [a, b, c] = [x[i]!, tx[i]!, T[i]!];
    if (!(Number.isInteger(a) && Number.isInteger(b) && Number.isInteger(c) && a >= 0 && b >= 0 && c >= 0 && a < 2 ** 21 && b < 65_536 && c < 65_536))
      return false;
  }
  return true;
}

/** The same triples, sorted as one numeric key each: a native sort instead of a comparator (a big file's customers in a tenth of the time). */
function distinctByKey(x: ArrayLike<number>, tx: ArrayLike<number>, T: ArrayLike<number>): DistinctTriples {
  const n = x.length;
  const keys = new Float64Array(n);
  for (let i = 0; i < n; i++) keys[i] = (x[i]! * 65_536 + tx[i]!) * 65_536 + T[i]!;
  const sorted = keys.slice().sort();
  const unique: number[] = [];
  const weight: number[] = [];
  for (let k = 0; k < n; k++) {
    if (k > 0 && sorted[k] === sorted[k - 1]) weight[weight.length - 1]!++;
    else {
      unique.push(sorted[k]!);
      weight.push(1);
    }
  }
  const tripleOf = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    let lo = 0;
    let hi = unique.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (unique[mid]! < keys[i]!) lo = mid + 1;
      else hi = mid;
    }
    tripleOf[i] = lo;
  }
  const outX = new Float64Array(unique.length);
  const outTx = new Float64Array(unique.length);
  const outT = new Float64Array(unique.length);
  unique.forEach((key, j) => {
    outT[j] = key % 65_536;
    const rest = (key - outT[j]!) / 65_536;
    outTx[j] = rest % 65_536;
    outX[j] = (rest - outTx[j]!) / 65_536;
  });
  return { x: outX, tx: outTx, T: outT, weight: Float64Array.from(weight), tripleOf };
}

/** Scales t_x and T (days → the chosen unit), keeping x, weights and the customer → triple map. */
export function inUnit(triples: DistinctTriples, unitDays: number): DistinctTriples {
  return { ...triples, tx: triples.tx.map((v) => v / unitDays), T: triples.T.map((v) => v / unitDays) };
}

/**
 * A column's distinct values and each row's place among them: the likelihoods take log(α + T)
 * and log(α + t_x) once per distinct value (a big file has about a thousand first days for
 * two hundred thousand triples), then look them up. Computed once per column (the optimiser
 * evaluates the same data hundreds of times).
 */
export interface ValueIndex {
  readonly values: Float64Array;
  readonly index: Uint32Array;
}

const valueIndexes = new WeakMap<Float64Array, ValueIndex>();

export function valueIndex(column: Float64Array): ValueIndex {
  let found = valueIndexes.get(column);
  if (found) return found;
  const places = new Map<number, number>();
  const values: number[] = [];
  const index = new Uint32Array(column.length);
  for (let i = 0; i < column.length; i++) {
    const value = column[i]!;
    let place = places.get(value);
    if (place === undefined) {
      place = values.length;
      places.set(value, place);
      values.push(value);
    }
    index[i] = place;
  }
  found = { values: Float64Array.from(values), index };
  valueIndexes.set(column, found);
  return found;
}

/** log(shift + v) for each distinct value. */
export function shiftedLogs(shift: number, values: Float64Array): Float64Array {
  const logs = new Float64Array(values.length);
  for (let i = 0; i < values.length; i++) logs[i] = Math.log(shift + values[i]!);
  return logs;
}

/** log(eᵃ + eᵇ) without overflow. */
export function logAddExp(a: number, b: number): number {
  if (a === -Infinity) return b;
  if (b === -Infinity) return a;
  const high = Math.max(a, b);
  return high + Math.log1p(Math.exp(-Math.abs(a - b)));
}
