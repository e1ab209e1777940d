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
import { purchaseHistories } from "./orderAccumulator";
import { responseModel, responseReport } from "./responseModel";
import { responseSheet } from "./responseSheet";
import { channelSurvival } from "./channelSurvival";
import { survivalLabel, survivalSheet } from "./survivalSheet";
import { predictLabel } from "./predictLabels";
import { modelSheet } from "./modelSheet";
import { pointsInput } from "./customerPoints";
import { unknownColumns } from "../scoring/behaviourPoints";
import { ScoringError } from "../scoring/scoringError";
import type { HistoryInput, PurchaseHistories } from "./purchaseHistories";

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
  const { input, calibrationEnd } = predictInput(columns, options, table.sheet);
  const histories = purchaseHistories(table, input, calibrationEnd);
  return predictHistories(histories, { ...emptyPlan("predict", table) }, options, lang);
}

/** What the job reads and up to when it fits, from the detected columns; a clear error when they are not an orders list. */
export function predictInput(columns: readonly ColumnInfo[], options: PredictOptions, sheet: string): { input: HistoryInput; calibrationEnd: number | null } {
  const problem = predictOptionProblem(options);
  if (problem) throw new PredictError(problem);
  const input = findScoringInput(columns);
  if (input.kind !== "orders") throw new PredictError("notOrders", { sheet });
  const responded = columns.find((c) => c.role === "responded")?.index ?? null;
  const resolved = resolvePredictOptions(options);
  const calibrationEnd = resolved.calibrationEnd ? dayNumber(resolved.calibrationEnd) : null;
  const points = pointsInput(options.points, columns);
  const unknown = options.points ? unknownColumns(options.points, columns) : [];
  if (unknown.length > 0) throw new ScoringError("badPoints", { reason: unknown.map((n) => `« ${n} » ?`).join(", ") });
  return { input: { ...input, responded, points, pointsUntilDay: calibrationEnd }, calibrationEnd };
}

/**
 * The models, the forecasts and the sheets from histories however they were read (a Table, or
 * the CLI's stream of CSV rows): `base` is the Plan they go into (sheet, header row, rows).
 * `withSheets` false: the report's figures only (the CLI's `--report` alone).
 */
export function predictHistories(histories: PurchaseHistories, base: Plan, options: PredictOptions, lang: Lang, withSheets = true): PredictResult {
  const resolved = resolvePredictOptions(options);
  let inCalibration = 0;
  for (const first of histories.firstDay) if (first <= histories.calibrationEnd) inCalibration++;
  if (inCalibration < MIN_CUSTOMERS) throw new PredictError("tooFewCustomers", { customers: String(inCalibration), minimum: String(MIN_CUSTOMERS) });
  const predictions = customerPredictions(histories, resolved);
  const plan = campaignPlan(predictions, histories.responded, resolved);
  const channels = channelRetention(histories, predictions);
  const response = responseModel(histories, predictions);
  const survival = channelSurvival(histories, resolved.unitDays, resolved.lostAfter, survivalLabel(lang, "all"));
  const holdout = resolved.calibrationEnd ? holdoutCheck(histories, predictions, predictions.models.bgNbd, resolved.unitDays) : null;
  const flags: CellFlag[] = histories.issues.map((issue) => ({
    row: issue.row,
    column: { source: issue.column },
    kind: issue.kind,
    message: scoringLabel(lang, `note.${issue.reason}` as ScoringLabelKey),
  }));
  return {
    plan: {
      ...base,
      flags,
      // A report alone needs no sheets: one row per customer is seconds on a big file.
      addedSheets: withSheets
        ? [
            customerSheet(histories, predictions, response?.probability ?? null, lang),
            planSheet({ predictions, plan, channels, holdout, options: resolved, lang }),
            ...(response ? [responseSheet(response, lang)] : []),
            survivalSheet(survival, predictLabel(lang, `unit.${resolved.unit}`), lang),
            modelSheet(predictions.stored, lang),
          ]
        : [],
      extras: {
        predictions: {
          ...predictionsReport(histories, predictions, response?.probability ?? null, plan, channels, holdout, resolved),
          response: response ? responseReport(response) : null,
          survival,
        },
      },
    },
    histories,
    predictions,
  };
}
