import { valueGroups, type ValueGroup } from "../scoring/valueGroups";
import { bgNbdExpectedIfAlive, bgNbdLogLikelihood, fitBgNbd, type BgNbdFit } from "./bgNbd";
import { fitGammaGamma, type GammaGammaFit } from "./gammaGamma";
import { fitParetoNbd, paretoNbdLogLikelihood, type ParetoNbdFit } from "./paretoNbd";
import type { PurchaseHistories } from "./purchaseHistories";
import type { ResolvedPredictOptions } from "./predictOptions";
import { distinctTriples, inUnit } from "./repeatData";
import { modelDiscountedIfAlive, modelDropOutOdds, modelPAlive, modelSpend, type StoredModel } from "./storedModel";

/** Per customer (index as in PurchaseHistories.ids), NaN where the customer had no purchase in calibration. */
export interface CustomerPredictions {
  readonly x: Float64Array;
  readonly tx: Float64Array;
  readonly T: Float64Array;
  /** Mean value of the repeat purchases (0 without any): Gamma-Gamma's m̄ₓ, CRM.CLV's mean value. */
  readonly meanValue: Float64Array;
  readonly pAlive: Float64Array;
  readonly expectedPurchases: Float64Array;
  /** Expected value of one future purchase (Gamma-Gamma). */
  readonly expectedSpend: Float64Array;
  /** Margin expected over the horizon, discounted. */
  readonly clv: Float64Array;
  /** 1 = most valuable; 0 for a customer without prediction. */
  readonly rank: Int32Array;
  readonly group: readonly (ValueGroup | null)[];
  readonly models: {
    readonly bgNbd: BgNbdFit;
    readonly paretoNbd: ParetoNbdFit | null;
    readonly gammaGamma: GammaGammaFit | null;
    readonly paretoSample: number;
  };
  /** What the workbook keeps for the worksheet functions (modelSheet.ts). */
  readonly stored: StoredModel;
  /** How many customers the models were fitted on. */
  readonly fitted: number;
}

/**
 * Pareto/NBD costs two ₂F₁ per customer and simplex step, and has no cheap gradient: above this
 * many customers it is fitted on a regular sample (it is shown for comparison; BG/NBD forecasts).
 */
export const PARETO_SAMPLE = 600;
/** The simplex of BG/NBD and Gamma-Gamma runs on at most this many customers; BFGS then uses all. */
export const SIMPLEX_SAMPLE = 5_000;

export function customerPredictions(histories: PurchaseHistories, options: ResolvedPredictOptions): CustomerPredictions {
  const n = histories.ids.length;
  const { unitDays, horizon } = options;
  const x = new Float64Array(n).fill(Number.NaN);
  const tx = new Float64Array(n).fill(Number.NaN);
  const T = new Float64Array(n).fill(Number.NaN);
  const inCalibration: number[] = [];
  for (let i = 0; i < n; i++) {
    if (!(histories.firstDay[i]! <= histories.calibrationEnd)) continue;
    x[i] = histories.repeatDays[i]!;
    tx[i] = (histories.lastDay[i]! - histories.firstDay[i]!) / unitDays;
    T[i] = (histories.calibrationEnd - histories.firstDay[i]!) / unitDays;
    inCalibration.push(i);
  }
  // Plain loops: Float64Array.from with a function costs ten times more on 300,000 customers.
  const pick = (values: Float64Array, list: readonly number[], scale = 1) => {
    const picked = new Float64Array(list.length);
    for (let k = 0; k < list.length; k++) picked[k] = scale === 1 ? values[list[k]!]! : Math.round(values[list[k]!]! * scale);
    return picked;
  };
  // Distinct triples found on whole days (one numeric key each), then put in the unit.
  const days = (values: Float64Array) => pick(values, inCalibration, unitDays);
  const triples = inUnit(distinctTriples(pick(x, inCalibration), days(tx), days(T)), unitDays);
  const bgSample = inCalibration.length > SIMPLEX_SAMPLE ? everyKth(inCalibration, SIMPLEX_SAMPLE) : null;
  const bgNbd = fitBgNbd(triples, bgSample ? distinctTriples(pick(x, bgSample), pick(tx, bgSample), pick(T, bgSample)) : triples);
  // Check the fit against the data once more (the optimiser reports the same value).
  const bgNbdFit: BgNbdFit = { ...bgNbd, logLikelihood: bgNbdLogLikelihood(bgNbd, triples) };

  const sample = inCalibration.length > PARETO_SAMPLE ? everyKth(inCalibration, PARETO_SAMPLE) : inCalibration;
  const paretoNbd = fitParetoNbdSafely(sample, x, tx, T, triples, sample.length < inCalibration.length);

  const repeaters = inCalibration.filter((i) => x[i]! > 0 && histories.repeatValue[i]! > 0);
  const spendData = (list: readonly number[]) => {
    const meanValue = new Float64Array(list.length);
    for (let k = 0; k < list.length; k++) meanValue[k] = histories.repeatValue[list[k]!]! / x[list[k]!]!;
    return { x: pick(x, list), meanValue };
  };
  const spendSample = repeaters.length > SIMPLEX_SAMPLE ? spendData(everyKth(repeaters, SIMPLEX_SAMPLE)) : undefined;
  const gammaGamma = repeaters.length >= 10 ? fitGammaGamma(spendData(repeaters), spendSample) : null;

  const populationSpend = populationMeanSpend(histories, inCalibration);
  const stored: StoredModel = {
    unit: options.unit,
    unitDays,
    horizon,
    discount: options.discount,
    margin: options.margin,
    calibrationEnd: new Date(histories.calibrationEnd * 86_400_000).toISOString().slice(0, 10),
    bgNbd: { r: bgNbd.r, alpha: bgNbd.alpha, a: bgNbd.a, b: bgNbd.b },
    gammaGamma: gammaGamma ? { p: gammaGamma.p, q: gammaGamma.q, v: gammaGamma.v } : null,
    populationSpend,
  };
  // Predictions depend on (x, t_x, T) only, apart from the spend: computed once per triple, and
  // their costly part (the hypergeometric functions) once per (x, T) pair, ten times fewer.
  const tripleExpected = new Float64Array(triples.x.length);
  const tripleDiscounted = new Float64Array(triples.x.length);
  const tripleAlive = new Float64Array(triples.x.length);
  const ifAlive = new Map<number, { expected: number; discounted: number }>();
  for (let j = 0; j < triples.x.length; j++) {
    const [xj, txj, Tj] = [triples.x[j]!, triples.tx[j]!, triples.T[j]!];
    // x and T in whole days (< 2²¹ and < 2³²): one exact number per pair.
    const key = xj * 4_294_967_296 + Math.round(Tj * unitDays);
    let pair = ifAlive.get(key);
    if (!pair) {
      pair = { expected: bgNbdExpectedIfAlive(stored.bgNbd, horizon, xj, Tj), discounted: modelDiscountedIfAlive(stored, xj, Tj) };
      ifAlive.set(key, pair);
    }
    // The same arithmetic as modelExpectedPurchases and modelDiscountedPurchases (the CRM. functions).
    const odds = modelDropOutOdds(stored, xj, txj, Tj);
    tripleExpected[j] = pair.expected / (1 + odds);
    tripleDiscounted[j] = pair.discounted / (1 + odds);
    tripleAlive[j] = modelPAlive(stored, xj, txj, Tj);
  }
  const meanValue = new Float64Array(n).fill(Number.NaN);
  const pAlive = new Float64Array(n).fill(Number.NaN);
  const expectedPurchases = new Float64Array(n).fill(Number.NaN);
  const expectedSpend = new Float64Array(n).fill(Number.NaN);
  const clv = new Float64Array(n).fill(Number.NaN);
  for (let k = 0; k < inCalibration.length; k++) {
    const i = inCalibration[k]!;
    const j = triples.tripleOf[k]!;
    pAlive[i] = tripleAlive[j]!;
    expectedPurchases[i] = tripleExpected[j]!;
    meanValue[i] = x[i]! > 0 ? histories.repeatValue[i]! / x[i]! : 0;
    expectedSpend[i] = modelSpend(stored, x[i]!, meanValue[i]!);
    // modelClv's product, with the discounted purchases of the customer's triple.
    clv[i] = options.margin * expectedSpend[i]! * tripleDiscounted[j]!;
  }
  const values = new Array<number | null>(n);
  for (let i = 0; i < n; i++) values[i] = Number.isNaN(clv[i]!) ? null : clv[i]!;
  return {
    x,
    tx,
    T,
    meanValue,
    pAlive,
    expectedPurchases,
    expectedSpend,
    clv,
    rank: ranks(clv),
    group: valueGroups(values, [0.5, 0.8, 0.95]),
    models: { bgNbd: bgNbdFit, paretoNbd, gammaGamma, paretoSample: sample.length },
    stored,
    fitted: inCalibration.length,
  };
}

function fitParetoNbdSafely(
  sample: readonly number[],
  x: Float64Array,
  tx: Float64Array,
  T: Float64Array,
  all: Parameters<typeof paretoNbdLogLikelihood>[1],
  sampled: boolean,
): ParetoNbdFit | null {
  const pick = (values: Float64Array) => Float64Array.from(sample, (i) => values[i]!);
  const fit = fitParetoNbd(distinctTriples(pick(x), pick(tx), pick(T)), sampled ? 500 : 2_000);
  if (!Number.isFinite(fit.logLikelihood)) return null;
  // Fitted on a sample: the log-likelihood reported is the whole file's, at the sample's parameters.
  return sampled ? { ...fit, logLikelihood: paretoNbdLogLikelihood(fit, all) } : fit;
}

/** k evenly spaced members of a list (a systematic sample: deterministic, spread over the file). */
function everyKth(list: readonly number[], k: number): number[] {
  const out: number[] = [];
  const step = list.length / k;
  for (let i = 0; i < k; i++) out.push(list[Math.floor(i * step)]!);
  return out;
}

/** Mean value of a purchase across customers in calibration: the spend of a customer with no repeat when Gamma-Gamma cannot be fitted. */
function populationMeanSpend(histories: PurchaseHistories, customers: readonly number[]): number {
  let money = 0;
  let purchases = 0;
  for (const i of customers) {
    money += histories.calibrationValue[i]!;
    purchases += histories.repeatDays[i]! + 1;
  }
  return purchases > 0 ? money / purchases : 0;
}

/**
 * 1 for the highest value; equal values share the better rank; NaN gets 0. The values are sorted
 * natively (no comparator: a third of a million customers in a few ms), each rank found by
 * binary search: 1 + how many values are higher.
 */
function ranks(values: Float64Array): Int32Array {
  let count = 0;
  const present = new Float64Array(values.length);
  for (const v of values) if (!Number.isNaN(v)) present[count++] = v;
  const sorted = present.subarray(0, count).sort();
  const rank = new Int32Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (Number.isNaN(v)) continue;
    let low = 0;
    let high = sorted.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (sorted[mid]! <= v) low = mid + 1;
      else high = mid;
    }
    rank[i] = sorted.length - low + 1;
  }
  return rank;
}
