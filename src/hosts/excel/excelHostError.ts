import { LocalizedError } from "../../engine/localizedError";
import { excelMessage, type ExcelMessageKey } from "./excelMessages";

/**
 * A refusal or failure of the Excel host the user can act on (the Localized contract, like
 * TriaError): a stable code for tests and the taskpane, and the sentence in each language. The
 * default message carries both, "français / English", for places that show it as is.
 */
export class ExcelHostError extends LocalizedError<ExcelMessageKey> {
  constructor(code: ExcelMessageKey, params: Readonly<Record<string, string | number>> = {}, options?: { cause?: unknown }) {
    super(excelMessage, code, params, options);
    this.message = `${excelMessage("fr", code, params)} / ${excelMessage("en", code, params)}`;
    this.name = "ExcelHostError";
  }
}

export function isExcelHostError(error: unknown): error is ExcelHostError {
  return error instanceof ExcelHostError;
}
