import { bgNbdExpectedFromStart, bgNbdExpectedPurchases, type BgNbdParameters } from "./bgNbd";
import type { CustomerPredictions } from "./customerPredictions";
import type { PurchaseHistories } from "./purchaseHistories";

/**
 * The check of Fader, Hardie & Lee's figures 2 and 3: the model fitted on the calibration
 * period against what customers really did afterwards. Per period (a week, or the unit when
 * longer), the repeat purchases seen and those the model expects: Σᵢ E[X(τ − firstᵢ)] summed
 * over customers acquired before τ, differenced period by period. And for the holdout as a
 * whole, the purchases the conditional expectations forecast against those that happened.
 */
export interface HoldoutCheck {
  /** Holdout length in units. */
  readonly length: number;
  readonly actualPurchases: number;
  readonly predictedPurchases: number;
  /** Period by period: its last day (days since 1970), the repeat purchases seen, expected. */
  readonly periods: readonly { readonly end: number; readonly actual: number; readonly expected: number }[];
  readonly periodDays: number;
}

export function holdoutCheck(
  histories: PurchaseHistories,
  predictions: CustomerPredictions,
  parameters: BgNbdParameters,
  unitDays: number,
): HoldoutCheck | null {
  const length = (histories.dataEnd - histories.calibrationEnd) / unitDays;
  if (!(length > 0)) return null;
  let actual = 0;
  let predicted = 0;
  // Customers sharing (x, t_x, T) share the expectation: a small cache keyed by the triple.
  const cache = new Map<string, number>();
  for (let i = 0; i < histories.ids.length; i++) {
    const x = predictions.x[i]!;
    if (Number.isNaN(x)) continue;
    actual += histories.holdoutDays[i]!;
    const key = `${x} ${predictions.tx[i]} ${predictions.T[i]}`;
    let expected = cache.get(key);
    if (expected === undefined) {
      expected = bgNbdExpectedPurchases(parameters, length, x, predictions.tx[i]!, predictions.T[i]!);
      cache.set(key, expected);
    }
    predicted += expected;
  }
  return { length, actualPurchases: actual, predictedPurchases: predicted, ...periodsOf(histories, parameters, unitDays) };
}

function periodsOf(histories: PurchaseHistories, parameters: BgNbdParameters, unitDays: number) {
  const periodDays = Math.max(7, Math.round(unitDays));
  const start = histories.firstDataDay;
  // Customers acquired in calibration, counted by their first day.
  const acquired = new Map<number, number>();
  for (let i = 0; i < histories.ids.length; i++) {
    const first = histories.firstDay[i]!;
    if (first <= histories.calibrationEnd) acquired.set(first, (acquired.get(first) ?? 0) + 1);
  }
  const cumulativeExpected = (day: number): number => {
    let total = 0;
    for (const [first, count] of acquired) if (day > first) total += count * bgNbdExpectedFromStart(parameters, (day - first) / unitDays);
    return total;
  };
  const periods: { end: number; actual: number; expected: number }[] = [];
  let before = 0;
  for (let from = start; from <= histories.dataEnd; from += periodDays) {
    const end = Math.min(histories.dataEnd, from + periodDays - 1);
    let actual = 0;
    for (let day = from; day <= end; day++) actual += histories.repeatsOnDay[day - start]!;
    // Purchases on day d happen within (d − first) days: expected count up to the end of day `end`.
    const now = cumulativeExpected(end);
    periods.push({ end, actual, expected: now - before });
    before = now;
  }
  return { periods, periodDays };
}
