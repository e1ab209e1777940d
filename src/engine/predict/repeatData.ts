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

/** log(eᵃ + eᵇ) without overflow. */
export function logAddExp(a: number, b: number): number {
  if (a === -Infinity) return b;
  if (b === -Infinity) return a;
  const high = Math.max(a, b);
  return high + Math.log1p(Math.exp(-Math.abs(a - b)));
}
