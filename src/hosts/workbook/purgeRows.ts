import type ExcelJS from "exceljs";
import { loadExcelJs } from "./loadExcelJs";
import type { RawSheet } from "../../engine/table/table";
import { loadWorkbook } from "./readXlsx";

/**
 * A NEW workbook without the given sheet rows (the CNIL's expired rows): the user's file is
 * never changed in place, and the rows below move up as Excel's "Delete row" would. An .xlsx
 * keeps its other sheets and its looks; a CSV becomes one sheet with the rows it had.
 */
export async function purgeRows(
  source: { kind: "xlsx"; bytes: Uint8Array; fileName: string } | { kind: "csv"; sheet: RawSheet },
  sheetName: string,
  rows: readonly number[],
): Promise<Uint8Array> {
  const doomed = new Set(rows);
  let workbook: ExcelJS.Workbook;
  if (source.kind === "xlsx") {
    workbook = await loadWorkbook(source.bytes, source.fileName);
    const sheet = workbook.getWorksheet(sheetName);
    if (!sheet) throw new Error(`purgeRows: no sheet ${sheetName}`);
    // Bottom to top, one splice per run of consecutive rows, so row numbers above stay right.
    const sorted = [...doomed].sort((a, b) => b - a);
    for (let i = 0; i < sorted.length;) {
      let j = i;
      while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! - 1) j++;
      const [first, last] = [sorted[j]!, sorted[i]!];
      const below = Math.max(0, sheet.rowCount - last);
      sheet.spliceRows(first, last - first + 1);
      // ExcelJS moves the rows below up over the run but leaves the run's rows that nothing moved
      // over (a run longer than what is below it, as expired rows at the end): clear them, bottom up.
      for (let row = last; row >= first + below; row--) sheet.spliceRows(row, 1);
      i = j + 1;
    }
  } else {
    workbook = new (await loadExcelJs()).Workbook();
    const sheet = workbook.addWorksheet(sheetName);
    sheet.addRows(source.sheet.rows.filter((_, index) => !doomed.has(index + 1)).map((row) => [...row]));
  }
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}
