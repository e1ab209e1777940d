import type { CellValue } from "../../../src/engine/table/cellValue";
import { dateToExcelSerial } from "../../../src/engine/table/excelSerial";
import type { XCell, XSheet, XValue } from "./readXlsxXml";

/** A CSV's rows (as the CSV reader gives them) as the sheet a check compares against: values only, no look. */
export function sheetFromRows(name: string, rows: readonly (readonly CellValue[])[]): XSheet {
  const cells = new Map<string, XCell>();
  let lastColumn = 0;
  rows.forEach((row, r) =>
    row.forEach((value, c) => {
      if (value === null) return;
      cells.set(`${r + 1}:${c + 1}`, { value: toXValue(value), formula: null, fill: null, border: null, numFmt: null, note: null });
      lastColumn = Math.max(lastColumn, c + 1);
    }),
  );
  return { name, state: "visible", cells, lastRow: rows.length, lastColumn };
}

function toXValue(value: Exclude<CellValue, null>): XValue {
  return value instanceof Date ? dateToExcelSerial(value) : value;
}
