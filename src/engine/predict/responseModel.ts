import type { CustomerPredictions } from "./customerPredictions";
import { fitLogistic, logisticProbability, type LogisticFit } from "./logisticRegression";
import type { PurchaseHistories } from "./purchaseHistories";

/** The features, in the order of the coefficients after the intercept; "points" when the job has behavioural points. */
export const RESPONSE_FEATURES = ["recency", "frequency", "monetary", "points"] as const;
export type ResponseFeature = (typeof RESPONSE_FEATURES)[number];

export interface ResponseDecile {
  /** 1 = the tenth the model finds most likely to answer. */
  readonly decile: number;
  readonly customers: number;
  readonly responders: number;
  readonly responseRate: number;
  /** Response rate of the decile ÷ the overall rate: 2 = twice as many answers as mailing at random. */
  readonly lift: number;
  /** Share of all responders found by mailing deciles 1 to this one. */
  readonly cumulativeGain: number;
  readonly averageProbability: number;
}

export interface ResponseModel {
  readonly features: readonly ResponseFeature[];
  readonly coefficients: readonly { readonly name: string; readonly estimate: number; readonly standardError: number; readonly z: number }[];
  readonly logLikelihood: number;
  readonly nullLogLikelihood: number;
  /** 2 (LL − LL₀): above 7.8 (three features; 9.5 with points) they tell responders apart (5 %). */
  readonly likelihoodRatio: number;
  readonly converged: boolean;
  readonly customers: number;
  readonly responders: number;
  readonly deciles: readonly ResponseDecile[];
  /** P(answers) for every customer in calibration, NaN for the others (index as PurchaseHistories.ids). */
  readonly probability: Float64Array;
}

/** Fewer answers than this on either side cannot pin down four coefficients. */
const MIN_EACH_SIDE = 5;

/**
 * Who answers a campaign, from the file's past answers (a "responded" column): logistic
 * regression on recency (time since the last purchase, in units), frequency (purchases in
 * calibration), monetary value (average purchase) and, when the job has them, behavioural
 * points (PurchaseHistories.points), then the answered customers ranked by
 * the model and cut in ten: response rate, lift and cumulative gains per tenth (in-sample).
 */
export function responseModel(histories: PurchaseHistories, predictions: CustomerPredictions): ResponseModel | null {
  const answered = histories.responded;
  if (!answered) return null;
  const n = histories.ids.length;
  let points = histories.points;
  const featuresOf = (i: number): number[] => {
    const purchases = predictions.x[i]! + 1;
    const rfm = [predictions.T[i]! - predictions.tx[i]!, purchases, histories.calibrationValue[i]! / purchases];
    return points ? [...rfm, points[i]!] : rfm;
  };
  const cases: number[] = [];
  for (let i = 0; i < n; i++) if (answered[i] !== null && answered[i] !== undefined && !Number.isNaN(predictions.x[i]!)) cases.push(i);
  const answers = cases.map((i) => (answered[i] ? 1 : 0));
  const responders = answers.reduce<number>((s, y) => s + y, 0);
  if (responders < MIN_EACH_SIDE || cases.length - responders < MIN_EACH_SIDE) return null;
  // Points equal for every answered customer tell nothing (and would make the fit singular).
  if (points && cases.every((i) => points![i] === points![cases[0]!])) points = null;
  const fit: LogisticFit = fitLogistic(cases.map(featuresOf), answers);
  const probability = new Float64Array(n).fill(Number.NaN);
  for (let i = 0; i < n; i++) if (!Number.isNaN(predictions.x[i]!)) probability[i] = logisticProbability(fit, featuresOf(i));
  const features = RESPONSE_FEATURES.filter((f) => f !== "points" || points);
  const names = ["intercept", ...features];
  return {
    features,
    coefficients: fit.coefficients.map((estimate, j) => ({
      name: names[j]!,
      estimate,
      standardError: fit.standardErrors[j]!,
      z: estimate / fit.standardErrors[j]!,
    })),
    logLikelihood: fit.logLikelihood,
    nullLogLikelihood: fit.nullLogLikelihood,
    likelihoodRatio: 2 * (fit.logLikelihood - fit.nullLogLikelihood),
    converged: fit.converged,
    customers: cases.length,
    responders,
    deciles: deciles(
      cases.map((i) => probability[i]!),
      answers,
    ),
    probability,
  };
}

/** Cases sorted by probability, most likely first, cut in ten tenths as equal as can be. */
export function deciles(probabilities: readonly number[], answers: readonly number[]): ResponseDecile[] {
  const order = probabilities.map((_, i) => i).sort((a, b) => probabilities[b]! - probabilities[a]! || a - b);
  const total = answers.reduce((s, y) => s + y, 0);
  const overall = total / answers.length;
  const result: ResponseDecile[] = [];
  let found = 0;
  for (let d = 0; d < 10; d++) {
    const slice = order.slice(Math.round((d * order.length) / 10), Math.round(((d + 1) * order.length) / 10));
    const responders = slice.reduce((s, i) => s + answers[i]!, 0);
    found += responders;
    const rate = slice.length > 0 ? responders / slice.length : 0;
    result.push({
      decile: d + 1,
      customers: slice.length,
      responders,
      responseRate: rate,
      lift: overall > 0 ? rate / overall : 0,
      cumulativeGain: total > 0 ? found / total : 0,
      averageProbability: slice.length > 0 ? slice.reduce((s, i) => s + probabilities[i]!, 0) / slice.length : 0,
    });
  }
  return result;
}

/** The report's `predictions.response`: the model without the per-customer probabilities. */
export type ResponseReport = Omit<ResponseModel, "probability">;

export function responseReport(model: ResponseModel): ResponseReport {
  const { probability: _probability, ...report } = model;
  return report;
}
