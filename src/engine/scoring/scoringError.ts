import { TriaError } from "../errors";
import type { Lang } from "../i18n/lang";
import { scoringLabel, type ScoringLabelKey } from "./i18n/scoringLabels";

export type ScoringErrorReason = "missingColumns" | "badClasses" | "badThresholds" | "badWeights" | "badPoints" | "badReferenceDate";

/**
 * A Score job problem the user can fix (missing columns, bad options). It is a TriaError
 * so every host shows its message. Its code says what went wrong: a column the job needs is
 * missing ("missingColumn", exit 5 in the CLI) or an option is wrong ("badOption", exit 2).
 */
export class ScoringError extends TriaError {
  constructor(
    readonly reason: ScoringErrorReason,
    readonly details: Readonly<Record<string, string>> = {},
  ) {
    super(reason === "missingColumns" ? "missingColumn" : "badOption", details);
    this.message = scoringMessage("en", reason, details);
    this.name = "ScoringError";
  }

  override messageIn(lang: Lang): string {
    return scoringMessage(lang, this.reason, this.details);
  }
}

function scoringMessage(lang: Lang, reason: ScoringErrorReason, details: Readonly<Record<string, string>>): string {
  const params: Record<string, string> = { ...details };
  // Missing inputs travel as role keys; each language names them its own way.
  if (details.missing)
    params.missing = details.missing
      .split(",")
      .map((key) => scoringLabel(lang, `missing.${key}` as ScoringLabelKey))
      .join(", ");
  return scoringLabel(lang, `error.${reason}` as ScoringLabelKey, params);
}
