import type ExcelJS from "exceljs";

/**
 * ExcelJS's spliceColumns moves cell values and styles, and nothing else: merges stay on
 * their old letters (a merged note A8:C8 then loses its text), conditional formats, data
 * validations, the autofilter and tables keep pointing at the old columns, which are now
 * Tria's. These follow Excel's own "Insert columns": a range after the insertion point moves
 * right, a range spanning it stretches, a table spanning it gains the new columns, named
 * from the header row. Tables and rules on other sheets are not touched.
 */

/** Where an original 1-based column ends up once the insertions are made. */
export type ColumnShift = (column: number) => number;

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
export function restoreMerges(sheet: ExcelJS.Worksheet, merges: readonly string[], shift: ColumnShift): void {
  for (const range of merges) sheet.mergeCells(shiftRange(range, shift));
}

/** After splicing: every range-based feature moved with its columns. */
export function shiftSheetFeatures(sheet: ExcelJS.Worksheet, shift: ColumnShift, headerRow: number): void {
  const internals = sheet as unknown as SheetInternals;
  for (const format of internals.conditionalFormattings ?? []) format.ref = shiftSqref(format.ref, shift);
  const validations = internals.dataValidations.model;
  internals.dataValidations.model = Object.fromEntries(Object.entries(validations).map(([ref, rule]) => [shiftSqref(ref, shift), rule]));
  const filter = internals.autoFilter;
  if (typeof filter === "string") internals.autoFilter = shiftRange(filter, shift);
  else if (filter && typeof filter.from === "string" && typeof filter.to === "string") internals.autoFilter = shiftRange(`${filter.from}:${filter.to}`, shift);
  for (const table of Object.values(internals.tables ?? {})) if (table.table) shiftTable(sheet, table.table, shift, headerRow);
}

function shiftTable(sheet: ExcelJS.Worksheet, table: TableModel, shift: ColumnShift, headerRow: number): void {
  const ref = table.tableRef;
  if (!ref) return;
  const { first, last, top } = parseRange(ref);
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
  table.tableRef = shiftRange(ref, shift);
  if (table.autoFilterRef) table.autoFilterRef = shiftRange(table.autoFilterRef, shift);
  if (table.ref) table.ref = shiftRange(table.ref, shift).split(":")[0]!;
}

/** "A1:C3 E5" → each range moved. */
export function shiftSqref(sqref: string, shift: ColumnShift): string {
  return sqref
    .split(/\s+/)
    .filter(Boolean)
    .map((range) => shiftRange(range, shift))
    .join(" ");
}

/** "A8:C8" with a column inserted before B → "A8:D8"; "$H$4:$H$9" keeps its dollars. */
export function shiftRange(range: string, shift: ColumnShift): string {
  return range
    .split(":")
    .map((reference) =>
      reference.replace(
        /^(\$?)([A-Z]{1,3})(\$?\d*)$/i,
        (_, dollar: string, letters: string, row: string) => `${dollar}${letterOf(shift(numberOf(letters)))}${row}`,
      ),
    )
    .join(":");
}

function parseRange(range: string): { first: number; last: number; top: number } {
  const [from, to = from] = range.replace(/\$/g, "").split(":");
  const start = /^([A-Z]+)(\d+)$/i.exec(from!)!;
  const end = /^([A-Z]+)(\d+)$/i.exec(to!)!;
  return { first: numberOf(start[1]!), last: numberOf(end[1]!), top: Number(start[2]) };
}

function numberOf(letters: string): number {
  let n = 0;
  for (const char of letters.toUpperCase()) n = n * 26 + (char.charCodeAt(0) - 64);
  return n;
}

function letterOf(column: number): string {
  let letters = "";
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}
