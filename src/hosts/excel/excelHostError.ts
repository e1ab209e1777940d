import type { Lang } from "../../engine/i18n/lang";
import { excelMessage, type ExcelMessageKey } from "./excelMessages";

/**
 * A refusal or failure of the Excel host the user can act on. Like TriaError (engine), a
 * stable code for tests and the taskpane, and the sentence in each language. The default
 * message carries both, "français / English", for places that show it as is.
 */
export class ExcelHostError extends Error {
  constructor(
    readonly code: ExcelMessageKey,
    readonly params: Readonly<Record<string, string | number>> = {},
    options?: { cause?: unknown },
  ) {
    super(`${excelMessage("fr", code, params)} / ${excelMessage("en", code, params)}`, options);
    this.name = "ExcelHostError";
  }

  messageIn(lang: Lang): string {
    return excelMessage(lang, this.code, this.params);
  }
}

export function isExcelHostError(error: unknown): error is ExcelHostError {
  return error instanceof ExcelHostError;
}
