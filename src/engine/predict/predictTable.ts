import type { Table } from "../table/table";
import type { Lang } from "../i18n/lang";
import { emptyPlan, type CellFlag, type Plan } from "../plan";
import type { ColumnInfo } from "../scoring/columnInfo";
import { dayNumber } from "../scoring/customerMeasure";
import { scoringLabel, type ScoringLabelKey } from "../scoring/i18n/scoringLabels";
import { findScoringInput } from "../scoring/scoringInput";
import { campaignPlan } from "./campaignPlan";
import { channelRetention } from "./channelRetention";
import { customerPredictions, type CustomerPredictions } from "./customerPredictions";
import { customerSheet } from "./customerSheet";
import { holdoutCheck } from "./holdoutCheck";
import { planSheet } from "./planSheet";
import { PredictError } from "./predictError";
import { predictOptionProblem, resolvePredictOptions, type PredictOptions } from "./predictOptions";
import { predictionsReport } from "./predictionsReport";
import { purchaseHistories, type PurchaseHistories } from "./purchaseHistories";

export interface PredictResult {
  readonly plan: Plan;
  readonly histories: PurchaseHistories;
  readonly predictions: CustomerPredictions;
}

/** Fewer customers than this cannot pin down four parameters. */
export const MIN_CUSTOMERS = 20;

/**
 * The Predict job: an orders list in, a Plan out with a "Prévisions clients" sheet (one row per
 * customer) and a "Plan de campagne" sheet, flags on the rows it could not use, and the
 * report's `predictions`. Pure: Table and detected columns in, Plan out.
 */
export function predictTable(table: Table, columns: readonly ColumnInfo[], options: PredictOptions, lang: Lang): PredictResult {
  const problem = predictOptionProblem(options);
  if (problem) throw new PredictError(problem);
  const resolved = resolvePredictOptions(options);
  const input = findScoringInput(columns);
  if (input.kind !== "orders") throw new PredictError("notOrders", { sheet: table.sheet });
  const responded = columns.find((c) => c.role === "responded")?.index ?? null;
  const histories = purchaseHistories(table, { ...input, responded }, resolved.calibrationEnd ? dayNumber(resolved.calibrationEnd) : null);
  let inCalibration = 0;
  for (const first of histories.firstDay) if (first <= histories.calibrationEnd) inCalibration++;
  if (inCalibration < MIN_CUSTOMERS) throw new PredictError("tooFewCustomers", { customers: String(inCalibration), minimum: String(MIN_CUSTOMERS) });
  const predictions = customerPredictions(histories, resolved);
  const plan = campaignPlan(predictions, histories.responded, resolved);
  const channels = channelRetention(histories, predictions);
  const holdout = resolved.calibrationEnd ? holdoutCheck(histories, predictions, predictions.models.bgNbd, resolved.unitDays) : null;
  const flags: CellFlag[] = histories.issues.map((issue) => ({
    row: issue.row,
    column: { source: issue.column },
    kind: issue.kind,
    message: scoringLabel(lang, `note.${issue.reason}` as ScoringLabelKey),
  }));
  return {
    plan: {
      ...emptyPlan("predict", table),
      flags,
      addedSheets: [customerSheet(histories, predictions, lang), planSheet({ predictions, plan, channels, holdout, options: resolved, lang })],
      extras: { predictions: predictionsReport(histories, predictions, plan, channels, holdout, resolved) },
    },
    histories,
    predictions,
  };
}
