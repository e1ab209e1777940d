import { TriaError } from "../errors";
import type { Lang } from "../i18n/lang";
import { predictLabel, type PredictLabelKey } from "./predictLabels";
import type { PredictOptionProblem } from "./predictOptions";

export type PredictErrorReason = "notOrders" | "tooFewCustomers" | "badCalibrationEnd" | PredictOptionProblem;

/**
 * A Predict job problem the user can fix. Its code says which: a wrong option ("badOption",
 * exit 2 in the CLI), a file without orders ("missingColumn", exit 5) or too few customers to
 * fit ("noDataRows", exit 5).
 */
export class PredictError extends TriaError {
  constructor(
    readonly reason: PredictErrorReason,
    readonly details: Readonly<Record<string, string>> = {},
  ) {
    super(predictErrorCode(reason), details);
    this.message = predictLabel("en", `error.${reason}` as PredictLabelKey, details);
    this.name = "PredictError";
  }

  override messageIn(lang: Lang): string {
    return predictLabel(lang, `error.${this.reason}` as PredictLabelKey, this.details);
  }
}

function predictErrorCode(reason: PredictErrorReason): "badOption" | "missingColumn" | "noDataRows" {
  if (reason === "notOrders") return "missingColumn";
  if (reason === "tooFewCustomers") return "noDataRows";
  return "badOption";
}
