/**
 * A raw cell as a host read it. Hosts hand the engine what the sheet holds, untouched:
 * text stays text (parsing is the engine's job), numbers stay numbers, Excel errors are
 * kept as errors so that nothing the user typed is lost or silently turned into a blank.
 */
export type CellError = { readonly error: ExcelErrorCode };

export const EXCEL_ERROR_CODES = ["#N/A", "#VALUE!", "#REF!", "#DIV/0!", "#NUM!", "#NAME?", "#NULL!", "#SPILL!", "#CALC!", "#GETTING_DATA"] as const;
export type ExcelErrorCode = (typeof EXCEL_ERROR_CODES)[number];

export type CellValue = string | number | boolean | Date | CellError | null;

export function isCellError(value: unknown): value is CellError {
  return typeof value === "object" && value !== null && !(value instanceof Date) && "error" in value;
}

/** Recognise an error written as text ("#N/A" in a CSV, "#DIV/0!" from a formula cache). */
export function asCellError(text: string): CellError | null {
  const upper = text.trim().toUpperCase();
  const code = EXCEL_ERROR_CODES.find((c) => c === upper);
  return code ? { error: code } : null;
}

/** Empty means nothing was typed: null or only white space. */
export function isEmptyCell(value: CellValue | undefined): boolean {
  return value === null || value === undefined || (typeof value === "string" && value.trim() === "");
}

/** The text a user sees for a raw cell, used for sniffing and examples. */
export function cellText(value: CellValue | undefined): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number") return String(value);
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  // An invalid Date (a host's failed conversion) reads as nothing rather than throwing.
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "" : value.toISOString().slice(0, 10);
  return value.error;
}
