import ExcelJS from "exceljs";
import { isCellError, type CellValue } from "../../engine/table/cellValue";
import type { ColumnFormat } from "./customers";

/** Fixed document dates so that two runs write the same workbook properties. */
const FIXED_DATE = new Date(Date.UTC(2026, 10, 15, 9, 0, 0));

const NUMBER_FORMATS: Readonly<Record<ColumnFormat, string | null>> = {
  general: null,
  date: "dd/mm/yyyy",
  // exceljs writes the format as is; French Excel shows it as "# ##0,00 €".
  euro: '#,##0.00 "€"',
};

export interface SheetLayout {
  readonly sheetName: string;
  /** A title line above the header, then an empty row, as exports often have. */
  readonly title: string;
  readonly widths: readonly number[];
}

function toExcelValue(value: CellValue): ExcelJS.CellValue {
  if (value !== null && typeof value === "object" && isCellError(value)) {
    return { error: value.error as ExcelJS.ErrorValue };
  }
  return value;
}

/**
 * Builds the demo workbook: title on row 1, row 2 empty, header on row 3, data from row 4,
 * so that header-row detection has something to find.
 */
export function buildWorkbook(rows: readonly (readonly CellValue[])[], formats: readonly ColumnFormat[], layout: SheetLayout): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Tria";
  workbook.lastModifiedBy = "Tria";
  workbook.created = FIXED_DATE;
  workbook.modified = FIXED_DATE;
  workbook.lastPrinted = FIXED_DATE;
  const sheet = workbook.addWorksheet(layout.sheetName);
  sheet.columns = layout.widths.map((width) => ({ width }));
  const title = sheet.getCell(1, 1);
  title.value = layout.title;
  title.font = { bold: true, size: 14 };
  rows.forEach((row, r) => {
    const excelRow = sheet.getRow(r + 3);
    row.forEach((value, c) => {
      if (value === null) return;
      const cell = excelRow.getCell(c + 1);
      cell.value = toExcelValue(value);
      const format = NUMBER_FORMATS[formats[c] ?? "general"];
      if (format && (typeof value === "number" || value instanceof Date)) cell.numFmt = format;
      if (typeof value === "string" && value.includes("\n")) cell.alignment = { wrapText: true, vertical: "top" };
    });
    if (r === 0) excelRow.font = { bold: true };
  });
  return workbook;
}
