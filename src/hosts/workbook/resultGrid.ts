import type ExcelJS from "exceljs";
import { loadExcelJs } from "./loadExcelJs";
import { METADATA_SHEET, readMetadata } from "./triaMetadata";
import type { Lang } from "../../engine/i18n/lang";
import { cellDisplayText } from "./cellDisplayText";
import { PREVIEW_ROWS, type GridCell, type ResultGrid } from "../resultGrid";

export type { GridCell, ResultGrid };

export { PREVIEW_ROWS };

/**
 * The first rows of the output workbook as they will look in Excel: read back from the bytes
 * the user downloads, so the preview cannot differ from the file.
 */
export async function readResultGrid(bytes: Uint8Array, sheetName: string, headerRow: number, limit = PREVIEW_ROWS, lang: Lang = "fr"): Promise<ResultGrid> {
  const ExcelJs = await loadExcelJs();
  const workbook = new ExcelJs.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet(sheetName) ?? workbook.worksheets.find((ws) => ws.name !== METADATA_SHEET);
  if (!sheet) return { sheet: sheetName, headers: [], added: [], rows: [], totalRows: 0 };
  const ownColumns = new Set(
    readMetadata(workbook)
      .columns.filter((c) => c.sheet === sheet.name)
      .map((c) => c.column),
  );
  const width = sheet.columnCount;
  const readRow = (rowNumber: number): GridCell[] => {
    const row = sheet.getRow(rowNumber);
    return Array.from({ length: width }, (_v, i) => gridCell(row.getCell(i + 1), lang, ExcelJs.ValueType.Formula));
  };
  const last = sheet.rowCount;
  const rows = [];
  for (let r = headerRow + 1; r <= Math.min(last, headerRow + limit); r++) rows.push({ rowNumber: r, cells: readRow(r) });
  return {
    sheet: sheet.name,
    headers: readRow(headerRow),
    added: Array.from({ length: width }, (_v, i) => ownColumns.has(i + 1)),
    rows,
    totalRows: Math.max(0, last - headerRow),
  };
}

function gridCell(cell: ExcelJS.Cell, lang: Lang, formula: ExcelJS.ValueType): GridCell {
  const fill = cell.fill?.type === "pattern" && cell.fill.pattern === "solid" ? rgb(cell.fill.fgColor?.argb) : undefined;
  const border = rgb(cell.border?.top?.color?.argb ?? cell.border?.left?.color?.argb);
  const note = typeof cell.note === "string" ? cell.note : cell.note?.texts?.map((t) => t.text).join("");
  const value = cell.type === formula ? cell.result : cell.value;
  return {
    text: cellDisplayText(value, cell.numFmt, lang, cell.text ?? ""),
    ...(fill ? { fill } : {}),
    ...(border ? { border } : {}),
    ...(note ? { note } : {}),
  };
}

/** "FFFFA500" → "FFA500". */
function rgb(argb: string | undefined): string | undefined {
  return argb && /^[0-9A-Fa-f]{8}$/.test(argb) ? argb.slice(2).toUpperCase() : undefined;
}
