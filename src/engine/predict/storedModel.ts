import { bgNbdDropOutOdds, bgNbdExpectedIfAlive, bgNbdExpectedPurchases, bgNbdPAlive, type BgNbdParameters } from "./bgNbd";
import { discountedPurchases } from "./discountedPurchases";
import { gammaGammaExpectedSpend, type GammaGammaParameters } from "./gammaGamma";
import type { TimeUnit } from "./predictOptions";

/**
 * What a Predict run leaves in the workbook for the CRM.PALIVE / CRM.EXPECTEDPURCHASES / CRM.CLV
 * worksheet functions: the fitted parameters and the options the forecasts were made with. The
 * per-customer columns and the functions both go through the three functions below, so a
 * formula on a customer's x, t_x, T gives the figure of the customer's row.
 */
export interface StoredModel {
  readonly unit: TimeUnit;
  readonly unitDays: number;
  /** Forecast horizon in units, the CLV's span. */
  readonly horizon: number;
  readonly discount: number;
  readonly margin: number;
  /** ISO day the model was fitted up to. */
  readonly calibrationEnd: string;
  readonly bgNbd: BgNbdParameters;
  /** Null when too few customers bought twice to fit it. */
  readonly gammaGamma: GammaGammaParameters | null;
  /** Mean value of a purchase over all customers: the spend of a customer without repeat purchase when Gamma-Gamma could not be fitted. */
  readonly populationSpend: number;
}

export function modelPAlive(model: StoredModel, x: number, tx: number, T: number): number {
  return bgNbdPAlive(model.bgNbd, x, tx, T);
}

/** Purchases expected in the next t units. */
export function modelExpectedPurchases(model: StoredModel, t: number, x: number, tx: number, T: number): number {
  return bgNbdExpectedPurchases(model.bgNbd, t, x, tx, T);
}

/** Expected value of one future purchase, from x repeat purchases of mean value `meanValue` (ignored when x = 0). */
export function modelSpend(model: Pick<StoredModel, "gammaGamma" | "populationSpend">, x: number, meanValue: number): number {
  const spend = model.gammaGamma ? gammaGammaExpectedSpend(model.gammaGamma, x, meanValue) : x > 0 ? meanValue : model.populationSpend;
  return Number.isFinite(spend) ? spend : model.populationSpend;
}

/**
 * Purchases expected over the horizon, each discounted to the end of calibration (the CLV
 * without the money): those expected if alive, which depend on x and T only, ÷ (1 + the odds
 * of having dropped out), as in E[Y(t)]. The Predict job computes the first factor once per
 * (x, T) (customerPredictions.ts), with this same arithmetic: the column and CRM.CLV agree.
 */
export function modelDiscountedPurchases(model: StoredModel, x: number, tx: number, T: number): number {
  return modelDiscountedIfAlive(model, x, T) / (1 + modelDropOutOdds(model, x, tx, T));
}

export function modelDiscountedIfAlive(model: StoredModel, x: number, T: number): number {
  return discountedPurchases((t) => bgNbdExpectedIfAlive(model.bgNbd, t, x, T), model.horizon, model.unitDays, model.discount);
}

export function modelDropOutOdds(model: StoredModel, x: number, tx: number, T: number): number {
  return bgNbdDropOutOdds(model.bgNbd, x, tx, T);
}

/** Margin the customer should bring over the horizon, discounted: margin × value of a purchase × discounted purchases. */
export function modelClv(model: StoredModel, x: number, tx: number, T: number, meanValue: number): number {
  return model.margin * modelSpend(model, x, meanValue) * modelDiscountedPurchases(model, x, tx, T);
}
