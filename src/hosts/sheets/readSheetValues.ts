import type { CellValue } from "../../engine/table/cellValue";
import { asCellError } from "../../engine/table/cellValue";
import type { RawSheet } from "../../engine/table/table";
import type { SheetsSheet } from "./sheetsApi";
import { ownColumns } from "./sheetsMetadata";

/**
 * One sheet as raw cells, in one getValues call (Apps Script's own advice: every call is a round
 * trip). Sheets gives "" for an empty cell, Date objects for dates and numbers as numbers; an error
 * shows as its text ("#N/A"), which the engine keeps as an error. Tria's own columns are named so
 * that a rerun never reads them as data.
 */
export function readSheetValues(sheet: SheetsSheet): RawSheet {
  const rows = sheet.getLastRow();
  const columns = sheet.getLastColumn();
  const values = rows === 0 || columns === 0 ? [] : sheet.getRange(1, 1, rows, columns).getValues();
  const own = new Map([...ownColumns(sheet)].map(([column, key]) => [column - 1, key]));
  return { name: sheet.getName(), rows: values.map((row) => row.map(cellOf)), ownColumns: own };
}

function cellOf(value: unknown): CellValue {
  if (value === "" || value === null || value === undefined) return null;
  if (typeof value === "string") return asCellError(value) ?? value;
  if (typeof value === "number" || typeof value === "boolean") return value;
  // Dates from another realm (Apps Script's, or a vm context in tests) fail instanceof Date.
  if (Object.prototype.toString.call(value) === "[object Date]") return new Date((value as Date).getTime());
  return String(value);
}
