import { isCellError, type CellValue } from "../../engine/table/cellValue";
import type { ColumnFormat } from "./customers";
import { frenchDate } from "./dates";
import { frenchAmount } from "./writeValues";

/**
 * Writes rows the way French Excel's "CSV (séparateur: point-virgule)" does: each cell as it
 * is displayed (dates dd/mm/yyyy, decimal comma, the euro format), ";" between fields, CRLF
 * between records, and quotes only around fields holding ; " or a line break (RFC 4180
 * doubling of quotes). Encoding to Windows-1252 is encodeCp1252's job.
 */
const NEEDS_QUOTES = /[;"\r\n]/;
const QUOTE = /"/g;
const EXPONENT_SIGN = /^[+-]/;
const TRAILING_ZEROS = /\.?0+$/;

/** Excel's General format: up to 11 characters, else scientific with 6 digits, trailing zeros dropped ("1,23457E+13"). */
function generalNumber(value: number): string {
  const plain = String(value).replace(".", ",");
  if (plain.length <= 11) return plain;
  const [mantissa = "", exponent = ""] = value.toExponential(5).split("e");
  const sign = exponent.startsWith("-") ? "-" : "+";
  const digits = exponent.replace(EXPONENT_SIGN, "").padStart(2, "0");
  return `${mantissa.replace(TRAILING_ZEROS, "").replace(".", ",")}E${sign}${digits}`;
}

export function displayText(value: CellValue, format: ColumnFormat): string {
  if (value === null) return "";
  if (typeof value === "string") return value;
  if (typeof value === "boolean") return value ? "VRAI" : "FAUX";
  if (value instanceof Date) return frenchDate(value);
  if (isCellError(value)) return value.error;
  // '#,##0.00 "€"' shows "1 234,50 €" in fr-FR.
  return format === "euro" ? `${frenchAmount(value)} €` : generalNumber(value);
}

function field(text: string): string {
  return NEEDS_QUOTES.test(text) ? `"${text.replace(QUOTE, '""')}"` : text;
}

export function toExcelCsv(rows: readonly (readonly CellValue[])[], formats: readonly ColumnFormat[]): string {
  const lines: string[] = [];
  for (const row of rows) {
    const fields: string[] = [];
    for (let c = 0; c < row.length; c++) fields.push(field(displayText(row[c] ?? null, formats[c] ?? "general")));
    lines.push(fields.join(";"));
  }
  return lines.join("\r\n") + "\r\n";
}
