import { TriaError } from "../errors";
import type { Lang } from "../i18n/lang";
import { predictLabel, type PredictLabelKey } from "./predictLabels";
import type { PredictOptionProblem } from "./predictOptions";

export type PredictErrorReason = "notOrders" | "tooFewCustomers" | "badCalibrationEnd" | PredictOptionProblem;

/** A Predict job problem the user can fix; like ScoringError it maps to "nothing to work on". */
export class PredictError extends TriaError {
  constructor(
    readonly reason: PredictErrorReason,
    readonly details: Readonly<Record<string, string>> = {},
  ) {
    super("noDataRows", details);
    this.message = predictLabel("en", `error.${reason}` as PredictLabelKey, details);
    this.name = "PredictError";
  }

  override messageIn(lang: Lang): string {
    return predictLabel(lang, `error.${this.reason}` as PredictLabelKey, this.details);
  }
}
