import type { MeasureIssue } from "../scoring/customerMeasure";
import type { OrdersInput } from "../scoring/scoringInput";
import type { PointsInput } from "./customerPoints";

/**
 * An orders list read for the purchase-count models: per customer, the days they bought on
 * (several orders on one day count once, as in the published BG/NBD work), the first day, the
 * last day up to the end of calibration, the money spent on repeat days, and after calibration
 * (the holdout) the days bought on. Same rules as the Score job for the rest: cancelled orders
 * are left out, returns (negative amounts) are not purchases, rows without customer or date are
 * flagged and skipped. Built by an OrderAccumulator, one row at a time (orderAccumulator.ts).
 */
export interface PurchaseHistories {
  readonly ids: readonly string[];
  /** Days since 1970-01-01 (UTC). */
  readonly firstDay: Float64Array;
  /** Last purchase day up to the end of calibration. */
  readonly lastDay: Float64Array;
  /** Distinct purchase days after the first one, up to the end of calibration. */
  readonly repeatDays: Float64Array;
  /** Money spent on the repeat days (calibration), and in all of calibration. */
  readonly repeatValue: Float64Array;
  readonly calibrationValue: Float64Array;
  /** Distinct purchase days after the end of calibration (the holdout), and their money. */
  readonly holdoutDays: Float64Array;
  readonly holdoutValue: Float64Array;
  /** Channel of the first order, when the file has a channel column. */
  readonly firstChannel: readonly (string | null)[] | null;
  /** Whether the customer answered a past campaign (null: no answer column, or no answer). */
  readonly responded: readonly (boolean | null)[] | null;
  /** Repeat purchases (distinct customer-days) of calibration customers on each day from `firstDataDay`: the holdout chart. */
  readonly repeatsOnDay: Float64Array;
  /** Distinct purchase days of customer i, in order: purchaseDays[dayStart[i]] to purchaseDays[dayStart[i + 1] − 1]. */
  readonly purchaseDays: Float64Array;
  readonly dayStart: Int32Array;
  readonly firstDataDay: number;
  readonly calibrationEnd: number;
  /** The last day of the data (= calibrationEnd when there is no holdout). */
  readonly dataEnd: number;
  /** Behavioural points per customer (customerPoints.ts), NaN without a purchase in calibration; null without a grid or points column. */
  readonly points: Float64Array | null;
  readonly issues: MeasureIssue[];
}

export interface HistoryInput extends OrdersInput {
  readonly responded: number | null;
  /** Behavioural points to compute, and the last day whose order rows may carry them (null: every day). */
  readonly points?: PointsInput | null;
  readonly pointsUntilDay?: number | null;
}
