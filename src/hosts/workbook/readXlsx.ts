import type ExcelJS from "exceljs";
import { loadExcelJs } from "./loadExcelJs";
import { asCellError, type CellValue } from "../../engine/table/cellValue";
import type { RawSheet } from "../../engine/table/table";
import { TriaError } from "../../engine/errors";
import { canonicalXlsx } from "./canonicalXlsx";
import { from1904 } from "./dateSystem";
import { mergedRowsOfWorksheet } from "./mergedRows";

/**
 * Any valid .xlsx as an ExcelJS workbook: the package is first put in the shape ExcelJS
 * expects (canonicalXlsx, which also refuses zip bombs), dates of a 1904-based workbook are
 * moved to their true day, and what ExcelJS could not write back is filled in.
 */
export async function loadWorkbook(bytes: Uint8Array, fileName: string): Promise<ExcelJS.Workbook> {
  const { bytes: canonical, info } = await canonicalXlsx(bytes, fileName);
  const workbook = new (await loadExcelJs()).Workbook();
  try {
    // ExcelJS's typings ask for a Node Buffer; in the browser build an ArrayBuffer works the same.
    await workbook.xlsx.load(canonical as unknown as ArrayBuffer);
  } catch (error) {
    throw new TriaError("unreadable", { file: fileName, reason: error instanceof Error ? error.message : String(error) });
  }
  if (info.date1904) moveDatesFrom1904(workbook);
  giveTablesAStyle(workbook);
  return workbook;
}

/**
 * ExcelJS reads every date as if serial 0 were 30/12/1899 and writes the 1900 system: in a
 * 1904 workbook each date would come out 4 years and a day early. Moving them once here
 * makes reading, the jobs and the written file (1900 system) agree with what the user saw.
 */
function moveDatesFrom1904(workbook: ExcelJS.Workbook): void {
  for (const sheet of workbook.worksheets) {
    sheet.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (cell) => {
        const value = cell.value;
        if (value instanceof Date) cell.value = from1904(value);
        else if (value && typeof value === "object" && "result" in value && value.result instanceof Date)
          cell.value = { ...value, result: from1904(value.result) } as ExcelJS.CellValue;
      }),
    );
  }
}

/**
 * A table without <tableStyleInfo> (LibreOffice writes none) makes ExcelJS's writer throw; "no
 * style" is said explicitly. ExcelJS also writes every column it read as hiddenButton="1",
 * hiding the filter arrows of every table: they are shown again, as they were.
 */
function giveTablesAStyle(workbook: ExcelJS.Workbook): void {
  type LoadedTable = { style?: unknown; columns?: { filterButton?: boolean }[] };
  for (const sheet of workbook.worksheets) {
    for (const table of Object.values((sheet as unknown as { tables: Record<string, { table?: LoadedTable }> }).tables ?? {})) {
      if (!table.table) continue;
      if (!table.table.style)
        table.table.style = { theme: null, showFirstColumn: false, showLastColumn: false, showRowStripes: false, showColumnStripes: false };
      for (const column of table.table.columns ?? []) column.filterButton ??= true;
    }
  }
}

/**
 * One worksheet as raw cells. Formulas give their cached result (the user sees it; the
 * formula itself is never replaced by the hosts). Only the top-left cell of a merged range
 * carries the value: a title merged over A1:F1 is one cell, not six.
 */
export function worksheetToRawSheet(worksheet: ExcelJS.Worksheet): RawSheet {
  const rows: CellValue[][] = [];
  const formats: string[][] = [];
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: CellValue[] = [];
    row.eachCell({ includeEmpty: false }, (cell, columnNumber) => {
      if (cell.isMerged && cell.master !== cell) return;
      const value = toCellValue(cell.value);
      if (value !== null) cells[columnNumber - 1] = value;
    });
    rows[rowNumber - 1] = densify(cells);
    const rowFormats = rowNumberFormats(row);
    if (rowFormats) formats[rowNumber - 1] = rowFormats;
  });
  const mergedRows = mergedRowsOfWorksheet(worksheet);
  return {
    name: worksheet.name,
    rows: densify(rows, () => []),
    ...numberFormatsOf(formats),
    ...(worksheet.state === "visible" ? {} : { hidden: true }),
    ...(mergedRows.size > 0 ? { mergedRows } : {}),
  };
}

/** Only the first rows' number formats are kept (examples come from the top), like the Excel host's. */
const FORMAT_ROWS = 60;

/**
 * The number formats of a row's numbers ("#,##0.00 €", "dd/mm/yyyy"), for the first rows only,
 * so that the examples read as Excel shows them (191,69 €, not 191.69). Null when none.
 */
export function rowNumberFormats(row: ExcelJS.Row): string[] | null {
  if (row.number > FORMAT_ROWS) return null;
  const formats: string[] = [];
  row.eachCell({ includeEmpty: false }, (cell, columnNumber) => {
    if (cell.numFmt && typeof toCellValue(cell.value) === "number") formats[columnNumber - 1] = cell.numFmt;
  });
  return formats.length > 0 ? densify(formats, () => "General") : null;
}

/** RawSheet.numberFormats from the rows' formats (holes filled), or nothing when no number had one. */
export function numberFormatsOf(formats: string[][]): Pick<RawSheet, "numberFormats"> {
  return formats.length > 0 ? { numberFormats: densify(formats, () => []) } : {};
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
