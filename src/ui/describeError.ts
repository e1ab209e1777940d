import type { Lang } from "../engine/i18n/lang";
import { isTriaError } from "../engine/errors";
import { isLocalized } from "../engine/localizedError";

export interface ErrorDescription {
  readonly message: string;
  /** True when the message already says what to do (a TriaError); otherwise the view adds advice. */
  readonly actionable: boolean;
}

/** The text to show for anything thrown; empty when nothing useful can be said. */
export function describeError(error: unknown, lang: Lang): ErrorDescription {
  if (isTriaError(error)) return { message: error.messageIn(lang), actionable: true };
  // Errors that crossed the worker (WorkerJobError) or the Excel host's own say themselves too.
  if (isLocalized(error)) {
    const actionable = (error as { actionable?: unknown }).actionable !== false;
    return { message: error.messageIn(lang), actionable };
  }
  if (error instanceof Error) return { message: error.message, actionable: false };
  if (typeof error === "string") return { message: error, actionable: false };
  return { message: "", actionable: false };
}
