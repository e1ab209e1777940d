/**
 * Tria's Excel custom functions (namespace CRM, set in manifest.xml). Each is a thin wrapper over
 * one engine function; custom-functions-metadata-plugin reads the JSDoc below to write
 * functions.json and appends the CustomFunctions.associate calls at build time, so these stay
 * plain functions that unit tests call directly.
 */
import { parseDate } from "../engine/table/parseDate";
import { dateToExcelSerial } from "../engine/table/excelSerial";
import { parseNumber } from "../engine/table/parseNumber";
import { roleFromHeader } from "../engine/table/headerRole";
import type { CellValue } from "../engine/table/cellValue";
import { functionLang, invalidValue } from "./functionError";
import { functionMessage } from "./functionMessages";

/**
 * Reads a date typed as text (31/12/2024, 2024-12-31, 12 janv. 2024) and returns it as an Excel date.
 * @customfunction DATE
 * @param text Date as text, or an Excel date.
 * @returns Excel date serial number (format the cell as a date).
 */
export function date(text: string | number): number {
  const parsed = parseDate(asCell(text));
  const serial = parsed ? dateToExcelSerial(parsed) : Number.NaN;
  if (!Number.isFinite(serial)) throw invalidValue(functionMessage("notADate", functionLang(), String(text)));
  return serial;
}

/**
 * Reads a number typed as text (1 234,50 €, 12,5 %, 1,234.50) and returns it as a number.
 * @customfunction NUMBER
 * @param text Number as text, or a number.
 * @returns The number.
 */
export function number(text: string | number): number {
  const parsed = parseNumber(asCell(text));
  if (parsed === null) throw invalidValue(functionMessage("notANumber", functionLang(), String(text)));
  return parsed;
}

/**
 * Detects the role of a column from its header (Code postal → postalCode, Tél. → phone).
 * @customfunction ROLE
 * @param header Column header.
 * @returns Role key (postalCode, email, lastPurchaseDate… or other).
 */
export function role(header: string): string {
  const text = String(header ?? "").trim();
  if (text === "") throw invalidValue(functionMessage("emptyHeader", functionLang()));
  return roleFromHeader(text).role;
}

/** Excel passes an empty cell as null or ""; both are "nothing typed" for the engine. */
function asCell(value: string | number | null | undefined): CellValue {
  if (value === undefined || value === null) return null;
  return value;
}
