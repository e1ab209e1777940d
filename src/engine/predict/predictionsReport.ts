import type { CampaignPlan, GroupPlan } from "./campaignPlan";
import type { ChannelRetention } from "./channelRetention";
import type { CustomerPredictions } from "./customerPredictions";
import type { HoldoutCheck } from "./holdoutCheck";
import type { ResponseReport } from "./responseModel";
import type { ChannelSurvival } from "./channelSurvival";
import type { PurchaseHistories } from "./purchaseHistories";
import type { ResolvedPredictOptions, TimeUnit } from "./predictOptions";

/** The report's `predictions` (DESIGN.md §5): stable English keys, times in the chosen unit. */
export interface ReportPredictions {
  readonly unit: TimeUnit;
  readonly horizon: number;
  /** ISO day; the last day of the data when no calibration end was given. */
  readonly calibrationEnd: string;
  readonly model: {
    readonly bgnbd: { readonly r: number; readonly alpha: number; readonly a: number; readonly b: number; readonly logLikelihood: number };
    readonly paretoNbd: {
      readonly r: number;
      readonly alpha: number;
      readonly s: number;
      readonly beta: number;
      readonly logLikelihood: number;
      readonly sampleSize: number;
    } | null;
    readonly gammaGamma: { readonly p: number; readonly q: number; readonly v: number; readonly customers: number } | null;
  };
  readonly customers: readonly ReportPrediction[];
  readonly groups: readonly GroupPlan[];
  readonly plan: {
    readonly marginRate: number;
    readonly discountRate: number;
    readonly costPerContact: number;
    readonly contactGroups: readonly string[];
    readonly skipGroups: readonly string[];
    readonly totalContactCost: number;
    readonly totalMarginAfterAdvertising: number;
  };
  readonly channels: readonly ChannelRetention[];
  /** The logistic regression on past campaign answers, when the file has a "responded" column with both answers. */
  readonly response?: ResponseReport | null;
  /** Kaplan–Meier by first-order channel: median lifetimes, the curves, the log-rank test. */
  readonly survival?: ChannelSurvival;
  readonly holdout: {
    readonly length: number;
    readonly actualPurchases: number;
    readonly predictedPurchases: number;
    readonly periods: HoldoutCheck["periods"];
  } | null;
}

export interface ReportPrediction {
  readonly customer: string;
  readonly x: number | null;
  readonly tx: number | null;
  readonly T: number | null;
  /** Mean value of the repeat purchases (0 without any): CRM.CLV's fourth argument. */
  readonly meanValue: number | null;
  readonly pAlive: number | null;
  readonly expectedPurchases: number | null;
  readonly expectedSpend: number | null;
  readonly clv: number | null;
  readonly rank: number | null;
  readonly group: string | null;
  /** P(answers a campaign) from the response model; null without past answers in the file. */
  readonly responseProbability: number | null;
}

export function predictionsReport(
  histories: PurchaseHistories,
  predictions: CustomerPredictions,
  responseProbability: Float64Array | null,
  plan: CampaignPlan,
  channels: readonly ChannelRetention[],
  holdout: HoldoutCheck | null,
  options: ResolvedPredictOptions,
): ReportPredictions {
  const { bgNbd, paretoNbd, gammaGamma, paretoSample } = predictions.models;
  const r = (v: number, digits: number) => (Number.isNaN(v) ? null : Math.round(v * 10 ** digits) / 10 ** digits);
  const customers: ReportPrediction[] = [];
  for (let i = 0; i < histories.ids.length; i++) {
    customers.push({
      customer: histories.ids[i]!,
      x: r(predictions.x[i]!, 0),
      tx: r(predictions.tx[i]!, 4),
      T: r(predictions.T[i]!, 4),
      meanValue: r(predictions.meanValue[i]!, 4),
      pAlive: r(predictions.pAlive[i]!, 6),
      expectedPurchases: r(predictions.expectedPurchases[i]!, 6),
      expectedSpend: r(predictions.expectedSpend[i]!, 4),
      clv: r(predictions.clv[i]!, 4),
      rank: predictions.rank[i]! > 0 ? predictions.rank[i]! : null,
      group: predictions.group[i] ?? null,
      responseProbability: responseProbability ? r(responseProbability[i]!, 6) : null,
    });
  }
  return {
    unit: options.unit,
    horizon: options.horizon,
    calibrationEnd: new Date(histories.calibrationEnd * 86_400_000).toISOString().slice(0, 10),
    model: {
      bgnbd: { r: bgNbd.r, alpha: bgNbd.alpha, a: bgNbd.a, b: bgNbd.b, logLikelihood: bgNbd.logLikelihood },
      paretoNbd: paretoNbd
        ? { r: paretoNbd.r, alpha: paretoNbd.alpha, s: paretoNbd.s, beta: paretoNbd.beta, logLikelihood: paretoNbd.logLikelihood, sampleSize: paretoSample }
        : null,
      gammaGamma: gammaGamma ? { p: gammaGamma.p, q: gammaGamma.q, v: gammaGamma.v, customers: gammaGamma.customers } : null,
    },
    customers,
    groups: plan.groups,
    plan: {
      marginRate: options.margin,
      discountRate: options.discount,
      costPerContact: options.costPerContact,
      contactGroups: plan.contactGroups,
      skipGroups: plan.skipGroups,
      totalContactCost: plan.totalContactCost,
      totalMarginAfterAdvertising: plan.totalMarginAfterAdvertising,
    },
    channels,
    holdout: holdout
      ? { length: holdout.length, actualPurchases: holdout.actualPurchases, predictedPurchases: holdout.predictedPurchases, periods: holdout.periods }
      : null,
  };
}
