import type { RawSheet } from "../../engine/table/table";
import { detectHeaderRow } from "../../engine/table/detectHeaderRow";

/**
 * The sheet a job reads when none is named: the first visible sheet whose top reads as a
 * table header, else the first visible sheet with data, else the first with data at all.
 * A hidden settings sheet in first place ("Paramètres": VAT rate, discount) is never chosen
 * over the customer list the user sees.
 */
export function pickSheet(sheets: readonly RawSheet[]): RawSheet | undefined {
  const withData = sheets.filter(hasData);
  const visible = withData.filter((sheet) => sheet.hidden !== true);
  return visible.find((sheet) => detectHeaderRow(sheet).headerRow !== null) ?? visible[0] ?? withData[0];
}

function hasData(sheet: RawSheet): boolean {
  return sheet.rows.some((row) => row.some((cell) => cell !== null));
}
