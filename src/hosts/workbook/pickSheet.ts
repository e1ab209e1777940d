import type { RawSheet } from "../../engine/table/table";
import { detectHeaderRow } from "../../engine/table/detectHeaderRow";
import { customerColumnsIn } from "../../engine/table/customerTable";

/**
 * The sheet a job reads when none is named: the first visible sheet that looks like a customer
 * table (two columns or more recognised, then one), else the first visible sheet whose top reads
 * as a table header, else the first visible sheet with data, else the first with data at all.
 * A read-me sheet in first place ("Lisez-moi", two lines of text) or a hidden settings sheet
 * ("Paramètres": VAT rate, discount) is never chosen over the customer list the user sees.
 */
export function pickSheet(sheets: readonly RawSheet[]): RawSheet | undefined {
  const withData = sheets.filter(hasData);
  const visible = withData.filter((sheet) => sheet.hidden !== true);
  const recognised = new Map<RawSheet, number>();
  const columnsIn = (sheet: RawSheet) => recognised.get(sheet) ?? recognised.set(sheet, customerColumnsIn(sheet)).get(sheet)!;
  return (
    visible.find((sheet) => columnsIn(sheet) >= 2) ??
    visible.find((sheet) => columnsIn(sheet) >= 1) ??
    visible.find((sheet) => detectHeaderRow(sheet).headerRow !== null) ??
    visible[0] ??
    withData[0]
  );
}

function hasData(sheet: RawSheet): boolean {
  return sheet.rows.some((row) => row.some((cell) => cell !== null));
}
