import type { CellValue } from "../../engine/table/cellValue";
import { isCellError } from "../../engine/table/cellValue";
import { dateToExcelSerial } from "../../engine/table/excelSerial";

/**
 * What Range.values receives for an engine value. Excel parses a written string as if typed:
 * "+33612345678" becomes a number, "00123" loses its zeros, "=x" becomes a formula, "1/2" a
 * date. A leading apostrophe (Excel's text prefix, not part of the value) keeps the text as
 * the engine produced it. Dates become serial numbers; errors are written as typed ("#N/A").
 */
export function toExcelValue(value: CellValue): string | number | boolean {
  if (value === null) return "";
  if (typeof value === "string") return value === "" ? "" : `'${value}`;
  if (typeof value === "number") return Number.isFinite(value) ? value : String(value);
  if (typeof value === "boolean") return value;
  if (value instanceof Date) return dateToExcelSerial(value);
  if (isCellError(value)) return value.error;
  return String(value);
}
