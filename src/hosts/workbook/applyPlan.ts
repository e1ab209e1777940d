import type ExcelJS from "exceljs";
import { columnFlagRows, type AddedSheet, type CellFlag, type Plan } from "../../engine/plan";
import type { Lang } from "../../engine/i18n/lang";
import { translate } from "../../engine/i18n/messages";
import { TriaError } from "../../engine/errors";
import { placeColumns, type Placement } from "../columnPlacement";
import { flaggedCells, resolveColumn } from "../planCells";
import { solidFill, styleCell } from "./flagStyle";
import { restyleCell } from "./restyleCell";
import { restoreMerges, shiftSheetFeatures, takeMerges } from "./shiftSheetFeatures";
import { thenShift, type CellShift } from "./cellShift";
import { expandSharedFormulas, shiftWorkbookFormulas } from "./shiftWorkbookFormulas";
import { writeLegendSheet } from "./legendSheet";
import { readMetadata, writeMetadata, type TriaMetadata } from "./triaMetadata";
import { addTriaNote, noteText, PaintLog } from "./triaLook";
import { insertHeaderRow } from "./headerRowAdded";

/** Excel's last column, XFD. */
const MAX_COLUMNS = 16_384;

export interface ApplyOptions {
  /** A later job of the same run (Score after Structure): add to what the run drew instead of clearing it. */
  readonly continuing?: boolean;
  /** The plan's sheet is an .xlsx sheet without header row: insert row 1 (a CSV's grid has it already). */
  readonly insertHeaderRow?: boolean;
}

export interface ApplyOutcome {
  readonly warnings: string[];
  /** Where the plan's sheet's original cells went (columns inserted, a header row added); null when nothing moved. */
  readonly shift: CellShift | null;
}

/**
 * Apply a Plan to an ExcelJS workbook. The workbook host calls it on a fresh copy of the
 * user's file and keeps the copy only if this returns: a failure leaves nothing half-written.
 */
export function applyPlanToWorkbook(workbook: ExcelJS.Workbook, plan: Plan, lang: Lang, options: ApplyOptions = {}): ApplyOutcome {
  const sheet = workbook.getWorksheet(plan.sheet);
  if (!sheet) throw new TriaError("sheetNotFound", { sheet: plan.sheet, sheets: workbook.worksheets.map((w) => w.name).join(", ") });
  const warnings: string[] = [];
  const metadata = readMetadata(workbook);
  const mine = metadata.columns.filter((entry) => entry.sheet === plan.sheet);
  const paintLog = new PaintLog(
    plan.sheet,
    metadata.painted?.find((entry) => entry.sheet === plan.sheet),
  );
  // A new run starts from the user's sheet: last run's fills, borders and notes come off first.
  if (!options.continuing) paintLog.clear(sheet);
  // A file without header row gets one, named as the table named its columns (headerRowAdded.ts).
  const rowShift = plan.headerAdded === true && plan.headerRow === 1 ? insertHeaderRow(workbook, sheet, lang, options.insertHeaderRow === true) : null;
  const lastColumn = sheet.actualColumnCount === 0 ? 0 : sheet.columnCount;
  // Columns go in beside their source, formulas or not: references follow, as in Excel.
  const placement = placeColumns(plan.addedColumns, new Map(mine.map((e) => [e.key, e.column])), lastColumn, false);
  const newCount = plan.addedColumns.filter((c) => !mine.some((e) => e.key === c.key)).length;
  if (lastColumn + newCount > MAX_COLUMNS) throw new TriaError("tooManyColumns", { sheet: plan.sheet });

  // Merges, rules, filters and tables move with their columns, as in Excel (shiftSheetFeatures).
  const inserting = placement.insertions.length > 0;
  const merges = inserting ? takeMerges(sheet) : [];
  if (inserting) expandSharedFormulas(workbook);
  for (const { at, count } of placement.insertions) sheet.spliceColumns(at, 0, ...Array.from({ length: count }, () => []));
  if (inserting) shiftSheetFeatures(sheet, placement.shift, plan.headerRow);
  if (inserting) shiftWorkbookFormulas(workbook, (name) => (name.toLowerCase() === plan.sheet.toLowerCase() ? placement.shift : undefined));
  if (placement.insertions.length > 0) paintLog.moveColumns(sheet, placement.shift);
  writeAddedColumns(sheet, plan, placement);
  // Column flags first: a cell's own, more serious flag then paints over the column's fill.
  writeColumnFlags(sheet, plan, placement, paintLog);
  writeFlags(sheet, plan.flags, placement, paintLog);
  restoreMerges(sheet, merges, placement.shift);
  const ownSheets = new Set(metadata.sheets);
  for (const added of plan.addedSheets) writeAddedSheet(replaceSheet(workbook, added.name, ownSheets), added);
  const legendName = translate(lang, "sheet.legend");
  writeLegendSheet(replaceSheet(workbook, legendName, ownSheets), lang, plan.dataKinds);

  const others = metadata.columns.filter((entry) => entry.sheet !== plan.sheet);
  const columns = [...placement.columnOfKey].map(([key, column]) => ({ sheet: plan.sheet, key, column }));
  const painted = [...(metadata.painted ?? []).filter((entry) => entry.sheet !== plan.sheet), paintLog.toMetadata()];
  const updated: TriaMetadata = { version: 1, columns: [...others, ...columns], sheets: [...ownSheets], painted };
  writeMetadata(workbook, updated);
  const columnShift: CellShift | null = inserting ? { column: placement.shift } : null;
  return { warnings, shift: rowShift && columnShift ? thenShift(rowShift, columnShift) : (rowShift ?? columnShift) };
}

function writeAddedColumns(sheet: ExcelJS.Worksheet, plan: Plan, placement: Placement): void {
  const headerRow = sheet.getRow(plan.headerRow);
  for (const added of plan.addedColumns) {
    const column = placement.columnOfKey.get(added.key)!;
    const header = headerRow.getCell(column);
    header.value = added.header;
    restyleCell(header, { font: { ...header.font, bold: true } });
    added.values.forEach((value, index) => {
      const cell = sheet.getRow(plan.rows[index]!).getCell(column);
      // CellValue's error shape { error: "#N/A" } is ExcelJS's own error value.
      cell.value = value as ExcelJS.CellValue;
      if (added.numberFormat) restyleCell(cell, { numFmt: added.numberFormat });
    });
    sheet.getColumn(column).width = Math.max(12, Math.min(40, added.header.length + 4));
  }
}

function writeFlags(sheet: ExcelJS.Worksheet, flags: readonly CellFlag[], placement: Placement, paintLog: PaintLog): void {
  for (const { row, column, kinds, note } of flaggedCells(flags, placement)) {
    const cell = sheet.getRow(row).getCell(column);
    paintLog.remember(cell);
    styleCell(cell, kinds);
    cell.note = addTriaNote(noteText(cell.note), note);
  }
}

/** A whole column's flag: every data row with a value styled, the reason noted once on the header cell. */
function writeColumnFlags(sheet: ExcelJS.Worksheet, plan: Plan, placement: Placement, paintLog: PaintLog): void {
  for (const flag of plan.columnFlags ?? []) {
    const column = resolveColumn(flag.column, placement);
    const rows = columnFlagRows(plan, flag);
    if (rows.length > 0) paintLog.rememberSpan(sheet, column, rows[0]!, rows[rows.length - 1]!);
    for (const row of rows) styleCell(sheet.getRow(row).getCell(column), [flag.kind]);
    const header = sheet.getRow(plan.headerRow).getCell(column);
    header.note = addTriaNote(noteText(header.note), flag.message);
  }
}

/** Rows, then the optional look (fills, bold, formats, widths). Charts are left to hosts that draw them. */
function writeAddedSheet(sheet: ExcelJS.Worksheet, added: AddedSheet): void {
  sheet.addRows(added.rows.map((r) => [...r]));
  for (const style of added.cellStyles ?? []) {
    const cell = sheet.getRow(style.row + 1).getCell(style.column + 1);
    restyleCell(cell, {
      ...(style.fill ? { fill: solidFill(style.fill) } : {}),
      ...(style.bold ? { font: { bold: true } } : {}),
      ...(style.numberFormat ? { numFmt: style.numberFormat } : {}),
    });
  }
  (added.columnWidths ?? []).forEach((width, index) => (sheet.getColumn(index + 1).width = width));
  if (added.hidden) sheet.state = "hidden";
}

/**
 * A Tria-made sheet is replaced; a user's sheet with the same name is left alone and Tria takes
 * "Name (2)", which the next run replaces in turn (as the Excel host does: no "(3)", "(4)"…).
 */
function replaceSheet(workbook: ExcelJS.Workbook, name: string, ownSheets: Set<string>): ExcelJS.Worksheet {
  // Excel compares sheet names without regard to case (ExcelJS does not: it would write a file Excel repairs).
  const named = (wanted: string) => workbook.worksheets.find((w) => w.name.toLowerCase() === wanted.toLowerCase());
  const ours = new Set([...ownSheets].map((own) => own.toLowerCase()));
  let unique = name;
  for (let n = 2; named(unique) && !ours.has(unique.toLowerCase()); n++) unique = `${name} (${n})`;
  const existing = named(unique);
  if (existing) {
    ownSheets.delete(existing.name);
    workbook.removeWorksheet(existing.id);
  }
  ownSheets.add(unique);
  return workbook.addWorksheet(unique);
}
