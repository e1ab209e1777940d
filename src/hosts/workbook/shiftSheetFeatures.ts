import type ExcelJS from "exceljs";
import { asCellShift, numberOf, shiftRange, shiftSqref, type ColumnShift, type Shift } from "./cellShift";

export { shiftRange, shiftSqref, type ColumnShift } from "./cellShift";

/**
 * ExcelJS's spliceColumns moves cell values and styles, and nothing else: merges stay on
 * their old letters (a merged note A8:C8 then loses its text), conditional formats, data
 * validations, the autofilter and tables keep pointing at the old columns, which are now
 * Tria's. These follow Excel's own "Insert columns": a range after the insertion point moves
 * right, a range spanning it stretches, a table spanning it gains the new columns, named
 * from the header row. Tables and rules on other sheets are not touched. A row inserted above
 * (a header Tria adds) moves them down the same way (Excel's "Insert rows").
 */

interface SheetInternals {
  _merges: Record<string, unknown>;
  tables: Record<string, { table?: TableModel }>;
  conditionalFormattings: { ref: string }[];
  dataValidations: { model: Record<string, unknown> };
  autoFilter?: string | { from: string | { row: number; column: number }; to: string | { row: number; column: number } } | null;
}

interface TableModel {
  tableRef?: string;
  ref?: string;
  autoFilterRef?: string;
  headerRow?: boolean;
  columns: { name: string; filterButton?: boolean }[];
}

/** Before splicing: the merged ranges, unmerged so that the splice moves their cells as plain cells. */
export function takeMerges(sheet: ExcelJS.Worksheet): string[] {
  const ranges = (sheet.model as unknown as { merges: string[] }).merges.slice();
  for (const range of ranges) sheet.unMergeCells(range);
  return ranges;
}

/**
 * Last, once every cell is written: merges back at their moved place. Merged earlier, a flag
 * or note on a covered cell would reach the merge's first cell and wipe its text.
 */
export function restoreMerges(sheet: ExcelJS.Worksheet, merges: readonly string[], shift: Shift): void {
  for (const range of merges) sheet.mergeCells(shiftRange(range, shift));
}

/** After splicing: every range-based feature moved with its columns. */
export function shiftSheetFeatures(sheet: ExcelJS.Worksheet, shift: Shift, headerRow: number): void {
  const internals = sheet as unknown as SheetInternals;
  for (const format of internals.conditionalFormattings ?? []) format.ref = shiftSqref(format.ref, shift);
  const validations = internals.dataValidations.model;
  internals.dataValidations.model = Object.fromEntries(Object.entries(validations).map(([ref, rule]) => [shiftSqref(ref, shift), rule]));
  const filter = internals.autoFilter;
  if (typeof filter === "string") internals.autoFilter = shiftRange(filter, shift);
  else if (filter && typeof filter.from === "string" && typeof filter.to === "string") internals.autoFilter = shiftRange(`${filter.from}:${filter.to}`, shift);
  for (const table of Object.values(internals.tables ?? {})) if (table.table) shiftTable(sheet, table.table, shift, headerRow);
}

function shiftTable(sheet: ExcelJS.Worksheet, table: TableModel, cells: Shift, headerRow: number): void {
  const ref = table.tableRef;
  if (!ref) return;
  const { first, last, top: oldTop } = parseRange(ref);
  const shift: ColumnShift = asCellShift(cells).column ?? ((column) => column);
  const top = asCellShift(cells).row?.(oldTop) ?? oldTop;
  const newFirst = shift(first);
  const newLast = shift(last);
  // Columns inserted inside the table: Excel names them from the header cell, unique within the table.
  const columns: TableModel["columns"] = [];
  const taken = new Set<string>();
  let original = first;
  for (let column = newFirst; column <= newLast; column++) {
    if (original <= last && shift(original) === column) {
      const kept = table.columns[original - first]!;
      columns.push(kept);
      taken.add(kept.name.toLowerCase());
      original++;
    } else {
      const header = sheet.getRow(table.headerRow === false ? headerRow : top).getCell(column).text || `Colonne${column}`;
      let name = header;
      for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${header}${n}`;
      taken.add(name.toLowerCase());
      columns.push({ name, filterButton: true });
    }
  }
  table.columns = columns;
  table.tableRef = shiftRange(ref, cells);
  if (table.autoFilterRef) table.autoFilterRef = shiftRange(table.autoFilterRef, cells);
  if (table.ref) table.ref = shiftRange(table.ref, cells).split(":")[0]!;
}

function parseRange(range: string): { first: number; last: number; top: number } {
  const [from, to = from] = range.replace(/\$/g, "").split(":");
  const start = /^([A-Z]+)(\d+)$/i.exec(from!)!;
  const end = /^([A-Z]+)(\d+)$/i.exec(to!)!;
  return { first: numberOf(start[1]!), last: numberOf(end[1]!), top: Number(start[2]) };
}
