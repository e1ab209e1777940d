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
export function readSheetValues(sheet: SheetsSheet, as?: { name: string; own: readonly [number, string][] }): RawSheet {
  const rows = sheet.getLastRow();
  const columns = sheet.getLastColumn();
  const values = rows === 0 || columns === 0 ? [] : sheet.getRange(1, 1, rows, columns).getValues();
  const own = new Map([...(as?.own ?? ownColumns(sheet))].map(([column, key]) => [column - 1, key]));
  return { name: as?.name ?? sheet.getName(), rows: values.map((row) => row.map(cellOf)), ownColumns: own };
}

/**
 * The sheet as it was when an interrupted run began, read from the run's hidden copy: the same
 * cells give the same Plan, so the resumed run writes exactly what the first execution would have.
 */
export function readSheetBeforeRun(copy: SheetsSheet, sheet: string, own: readonly [number, string][]): RawSheet {
  return readSheetValues(copy, { name: sheet, own });
}

function cellOf(value: unknown): CellValue {
  if (value === "" || value === null || value === undefined) return null;
  if (typeof value === "string") return asCellError(value) ?? value;
  if (typeof value === "number" || typeof value === "boolean") return value;
  // Dates from another realm (Apps Script's, or a vm context in tests) fail instanceof Date.
  if (Object.prototype.toString.call(value) === "[object Date]") return new Date((value as Date).getTime());
  return String(value);
}
