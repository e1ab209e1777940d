import ExcelJS from "exceljs";
import { asCellError, type CellValue } from "../../engine/table/cellValue";
import type { RawSheet } from "../../engine/table/table";
import { TriaError } from "../../engine/errors";

export async function loadWorkbook(bytes: Uint8Array, fileName: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  try {
    // ExcelJS's typings ask for a Node Buffer; in the browser build an ArrayBuffer works the same.
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (error) {
    throw new TriaError("unreadable", { file: fileName, reason: error instanceof Error ? error.message : String(error) });
  }
  return workbook;
}

/**
 * One worksheet as raw cells. Formulas give their cached result (the user sees it; the
 * formula itself is never replaced by the hosts). Only the top-left cell of a merged range
 * carries the value: a title merged over A1:F1 is one cell, not six.
 */
export function worksheetToRawSheet(worksheet: ExcelJS.Worksheet): RawSheet {
  const rows: CellValue[][] = [];
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: CellValue[] = [];
    row.eachCell({ includeEmpty: false }, (cell, columnNumber) => {
      if (cell.isMerged && cell.master !== cell) return;
      const value = toCellValue(cell.value);
      if (value !== null) cells[columnNumber - 1] = value;
    });
    rows[rowNumber - 1] = densify(cells);
  });
  return { name: worksheet.name, rows: densify(rows, () => []) };
}

/** ExcelJS leaves holes in sparse arrays; the engine wants every index defined. */
function densify<T>(items: T[], empty: () => T = () => null as T): T[] {
  const dense: T[] = new Array<T>(items.length);
  for (let i = 0; i < items.length; i++) dense[i] = i in items ? items[i]! : empty();
  return dense;
}

export function toCellValue(value: ExcelJS.CellValue | undefined): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "string") return value === "" ? null : value;
  if (typeof value === "number" || typeof value === "boolean" || value instanceof Date) return value;
  if ("error" in value) return asCellError(String(value.error)) ?? { error: "#VALUE!" };
  if ("richText" in value) return value.richText.map((run) => run.text).join("") || null;
  if ("formula" in value || "sharedFormula" in value) return toCellValue((value as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
  if ("hyperlink" in value) return typeof value.text === "string" ? value.text : toCellValue(value.text as ExcelJS.CellValue);
  return null;
}
