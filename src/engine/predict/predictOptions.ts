import type { ColumnRole } from "../table/columnRole";
import type { PointsGrid } from "../scoring/behaviourPoints";

/** What the user chooses for `tria predict` and the "Prévoir" tab; every field has a default. */
export type TimeUnit = "days" | "weeks" | "months";

export interface PredictOptions {
  /** Last day of the calibration period; later orders are the holdout that checks the forecast. */
  readonly calibrationEnd?: Date;
  /** Forecast horizon, in `unit`s (default: one year). */
  readonly horizon?: number;
  readonly unit?: TimeUnit;
  /** Yearly discount rate for the customer lifetime value (0.1 = 10 %). */
  readonly discount?: number;
  /** Margin rate on sales (0.3 = 30 %). */
  readonly margin?: number;
  /** Cost of one contact (a mailing, a call), in euros. */
  readonly costPerContact?: number;
  /** A customer counts as lost after this long without a purchase, in `unit`s (default: one year): survival by channel. */
  readonly lostAfter?: number;
  /** The Score job's behavioural points grid: a fourth predictor of campaign answers. Without it, a "Points comportement" column is used when there is one. */
  readonly points?: PointsGrid;
  /** Roles the user set in the taskpane, by column index. */
  readonly roleOverrides?: Readonly<Record<number, ColumnRole>>;
}

export interface ResolvedPredictOptions {
  readonly calibrationEnd: Date | null;
  readonly horizon: number;
  readonly unit: TimeUnit;
  readonly unitDays: number;
  readonly discount: number;
  readonly margin: number;
  readonly costPerContact: number;
  readonly lostAfter: number;
}

/** Days in a unit: a month is the Gregorian average, 365.2425 / 12. */
export const UNIT_DAYS: Readonly<Record<TimeUnit, number>> = { days: 1, weeks: 7, months: 365.2425 / 12 };

export type PredictOptionProblem = "badHorizon" | "badUnit" | "badDiscount" | "badMargin" | "badCost" | "badLostAfter";

export function resolvePredictOptions(options: PredictOptions): ResolvedPredictOptions {
  const unit = options.unit ?? "weeks";
  const unitDays = UNIT_DAYS[unit];
  return {
    calibrationEnd: options.calibrationEnd ?? null,
    horizon: options.horizon ?? Math.round(365.2425 / unitDays),
    unit,
    unitDays,
    discount: options.discount ?? 0.1,
    margin: options.margin ?? 0.3,
    costPerContact: options.costPerContact ?? 1,
    lostAfter: options.lostAfter ?? Math.round(365.2425 / unitDays),
  };
}

/** The first option that cannot be used, or null. */
export function predictOptionProblem(options: PredictOptions): PredictOptionProblem | null {
  if (options.unit !== undefined && !(options.unit in UNIT_DAYS)) return "badUnit";
  if (options.horizon !== undefined && !(options.horizon > 0 && options.horizon <= 100_000)) return "badHorizon";
  if (options.discount !== undefined && !(options.discount >= 0 && options.discount < 10)) return "badDiscount";
  if (options.margin !== undefined && !(options.margin > 0 && options.margin <= 1)) return "badMargin";
  if (options.costPerContact !== undefined && !(options.costPerContact >= 0 && Number.isFinite(options.costPerContact))) return "badCost";
  if (options.lostAfter !== undefined && !(options.lostAfter > 0 && options.lostAfter <= 100_000)) return "badLostAfter";
  return null;
}
