import { TriaError } from "../errors";
import type { Lang } from "../i18n/lang";
import { scoringLabel, type ScoringLabelKey } from "./i18n/scoringLabels";

export type ScoringErrorReason = "missingColumns" | "badClasses" | "badThresholds" | "badWeights" | "badPoints" | "badReferenceDate";

/**
 * A Score job problem the user can fix (missing columns, bad options). It is a TriaError
 * so every host shows its message; its code is "noDataRows" — nothing to score — which the
 * CLI maps to exit status 5 (errors.ts owns the codes; a dedicated one can come later).
 */
export class ScoringError extends TriaError {
  constructor(
    readonly reason: ScoringErrorReason,
    readonly details: Readonly<Record<string, string>> = {},
  ) {
    super("noDataRows", details);
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
