import type { AddedColumn, AddedSheet, Plan } from "../../engine/plan";
import type { Lang } from "../../engine/i18n/lang";
import { translate } from "../../engine/i18n/messages";
import { FLAG_KINDS, FLAG_STYLES, type FlagKind } from "../../engine/legend";
import { isCellError, type CellValue } from "../../engine/table/cellValue";
import { columnLetter } from "../../engine/table/tableFromSheet";
import { TriaError } from "../../engine/errors";
import { placeColumns, type Placement } from "../columnPlacement";
import { flaggedCells, lookOf, resolveColumn, type FlaggedCell } from "../planCells";
import { withTriaNote } from "../triaNote";
import type { SheetsBorderStyles, SheetsSheet, SheetsSpreadsheet } from "./sheetsApi";
import { markOwnColumn, ownColumns, ownSheetNames, SHEET_KEY } from "./sheetsMetadata";
import { hiddenCopy, restore, saveUndoRecord, SNAPSHOT_SHEET, takeSnapshot, type UndoRecord } from "./sheetsUndo";
import { legendRows } from "../legendRows";

/** Google Sheets' limit on the cells of a spreadsheet: Tria refuses before inserting past it. */
const MAX_CELLS = 10_000_000;

/**
 * Apply a Plan to a Google Sheet with Apps Script's batch calls: a copy for undo first, then the
 * inserted columns, their values per block, fills and notes read and written per column, borders
 * through one RangeList per look, Tria's sheets and the legend. On failure the copy is pasted
 * back before the error goes up, so the sheet is as it was.
 */
export function applyPlanInSheets(spreadsheet: SheetsSpreadsheet, plan: Plan, lang: Lang, borders: SheetsBorderStyles): void {
  const sheet = spreadsheet.getSheetByName(plan.sheet);
  if (!sheet) throw new TriaError("sheetNotFound", { sheet: plan.sheet, sheets: spreadsheet.getSheets().map((s) => s.getName()).join(", ") });
  const existing = new Map([...ownColumns(sheet)].map(([column, key]) => [key, column]));
  const placement = placeColumns(plan.addedColumns, existing, sheet.getLastColumn(), false);
  const fresh = plan.addedColumns.filter((c) => !existing.has(c.key)).length;
  if ((sheet.getLastColumn() + fresh) * Math.max(1, sheet.getMaxRows()) > MAX_CELLS) throw new TriaError("tooManyColumns", { sheet: plan.sheet });

  const snapshot = takeSnapshot(spreadsheet, sheet);
  const record: UndoRecord = { sheet: plan.sheet, insertedColumns: [], createdSheets: [], replacedSheets: [] };
  try {
    for (const { at, count } of placement.insertions) {
      sheet.insertColumnsAfter(at - 1, count);
      // Kept exact after each insertion, so a failure between two insertions still undoes them all.
      record.insertedColumns = [...record.insertedColumns.map((c) => (c >= at ? c + count : c)), ...Array.from({ length: count }, (_, i) => at + i)];
    }
    for (const added of plan.addedColumns) writeAddedColumn(sheet, plan, added, placement.columnOfKey.get(added.key)!, !existing.has(added.key));
    writeFlags(sheet, plan, placement, borders);
    writeSheets(spreadsheet, plan, lang, borders, record);
    saveUndoRecord(snapshot, record);
  } catch (error) {
    restore(spreadsheet, snapshot, record);
    throw error;
  }
}

function writeAddedColumn(sheet: SheetsSheet, plan: Plan, added: AddedColumn, column: number, isNew: boolean): void {
  sheet.getRange(plan.headerRow, column, 1, 1).setValues([[added.header]]).setFontWeight("bold");
  if (isNew) markOwnColumn(sheet, column, added.key);
  for (const run of rowRuns(plan.rows)) {
    const range = sheet.getRange(run.first, column, run.count, 1);
    if (added.numberFormat) range.setNumberFormat(added.numberFormat);
    range.setValues(added.values.slice(run.start, run.start + run.count).map((value) => [sheetsValue(value)]));
  }
}

/** Text is written as text: a leading apostrophe keeps "01000", "+33…" and "=…" as typed. */
export function sheetsValue(value: CellValue): unknown {
  if (value === null) return "";
  if (isCellError(value)) return value.error;
  if (typeof value === "string") return value === "" ? "" : `'${value}`;
  return value;
}

/** Consecutive sheet rows as blocks: one setValues per block instead of one per cell. */
export function rowRuns(rows: readonly number[]): { first: number; start: number; count: number }[] {
  const runs: { first: number; start: number; count: number }[] = [];
  rows.forEach((row, index) => {
    const last = runs[runs.length - 1];
    if (last && row === last.first + last.count) last.count++;
    else runs.push({ first: row, start: index, count: 1 });
  });
  return runs;
}

/** Fills and notes per column (read once, written once); borders grouped by look in one RangeList each. */
function writeFlags(sheet: SheetsSheet, plan: Plan, placement: Placement, borders: SheetsBorderStyles): void {
  const cells: FlaggedCell[] = [
    ...(plan.columnFlags ?? []).flatMap((flag) => {
      const column = resolveColumn(flag.column, placement);
      return plan.rows.map((row) => ({ row, column, kinds: [flag.kind] as FlagKind[], note: "" }));
    }),
    ...flaggedCells(plan.flags, placement),
  ];
  const headerNotes = (plan.columnFlags ?? []).map((flag) => ({ row: plan.headerRow, column: resolveColumn(flag.column, placement), kinds: [] as FlagKind[], note: flag.message }));
  const byColumn = new Map<number, FlaggedCell[]>();
  for (const cell of [...cells, ...headerNotes]) byColumn.set(cell.column, [...(byColumn.get(cell.column) ?? []), cell]);
  const borderCells = new Map<string, string[]>();
  for (const [column, list] of byColumn) {
    const first = Math.min(...list.map((c) => c.row));
    const count = Math.max(...list.map((c) => c.row)) - first + 1;
    const range = sheet.getRange(first, column, count, 1);
    const fills = range.getBackgrounds();
    const notes = range.getNotes();
    for (const cell of list) {
      const look = lookOf(cell.kinds);
      if (look.fill) fills[cell.row - first]![0] = `#${look.fill.toLowerCase()}`;
      if (cell.note) notes[cell.row - first]![0] = withTriaNote(notes[cell.row - first]![0] ?? "", cell.note);
      if (look.border) {
        const id = `${look.border}|${borderStyleOf(cell.kinds)}`;
        borderCells.set(id, [...(borderCells.get(id) ?? []), `${columnLetter(column - 1)}${cell.row}`]);
      }
    }
    range.setBackgrounds(fills);
    range.setNotes(notes);
  }
  for (const [id, a1s] of borderCells) {
    const [color, style] = id.split("|") as [string, "solid" | "dashed"];
    sheet.getRangeList(a1s).setBorder(true, true, true, true, null, null, `#${color.toLowerCase()}`, style === "dashed" ? borders.DASHED : borders.SOLID_MEDIUM);
  }
}

function borderStyleOf(kinds: readonly FlagKind[]): "solid" | "dashed" {
  const kind = kinds.find((k) => FLAG_STYLES[k].border !== null);
  return kind && FLAG_STYLES[kind].borderStyle === "dashed" ? "dashed" : "solid";
}

/** The Plan's sheets and the legend: Tria's own are replaced (their copy kept for undo), a user's never. */
function writeSheets(spreadsheet: SheetsSpreadsheet, plan: Plan, lang: Lang, borders: SheetsBorderStyles, record: UndoRecord): void {
  const own = ownSheetNames(spreadsheet);
  const legend = { key: "__legend", name: translate(lang, "sheet.legend"), rows: legendRows(lang, plan.dataKinds) };
  for (const added of [...plan.addedSheets, legend]) {
    const sheet = replaceSheet(spreadsheet, added.name, own, record);
    writeAddedSheet(sheet, added);
    if (added.key === "__legend") paintLegend(sheet, borders);
  }
}

function replaceSheet(spreadsheet: SheetsSpreadsheet, name: string, own: Set<string>, record: UndoRecord): SheetsSheet {
  const existing = spreadsheet.getSheetByName(name);
  if (existing && own.has(name)) {
    const copy = `${SNAPSHOT_SHEET} ${record.replacedSheets.length + 1}`;
    hiddenCopy(spreadsheet, existing, copy);
    record.replacedSheets.push({ name, copy });
    spreadsheet.deleteSheet(existing);
  }
  let unique = name;
  for (let n = 2; spreadsheet.getSheetByName(unique); n++) unique = `${name} (${n})`;
  const sheet = spreadsheet.insertSheet(unique);
  if (!record.replacedSheets.some((r) => r.name === unique)) record.createdSheets.push(unique);
  sheet.addDeveloperMetadata(SHEET_KEY, unique);
  return sheet;
}

function writeAddedSheet(sheet: SheetsSheet, added: Pick<AddedSheet, "rows" | "cellStyles">): void {
  const width = Math.max(1, ...added.rows.map((r) => r.length));
  if (added.rows.length === 0) return;
  const values = added.rows.map((row) => Array.from({ length: width }, (_, c) => sheetsValue(row[c] ?? null)));
  sheet.getRange(1, 1, values.length, width).setValues(values);
  for (const style of added.cellStyles ?? []) {
    const cell = sheet.getRange(style.row + 1, style.column + 1, 1, 1);
    if (style.fill) cell.setBackgrounds([[`#${style.fill.toLowerCase()}`]]);
    if (style.bold) cell.setFontWeight("bold");
    if (style.numberFormat) cell.setNumberFormat(style.numberFormat);
  }
}

/** The legend's first column shows each kind's look, as the flagged cells have it. */
function paintLegend(sheet: SheetsSheet, borders: SheetsBorderStyles): void {
  FLAG_KINDS.forEach((kind, index) => {
    const cell = sheet.getRange(4 + index, 1, 1, 1);
    const { fill, border, borderStyle } = FLAG_STYLES[kind];
    if (fill) cell.setBackgrounds([[`#${fill.toLowerCase()}`]]);
    if (border) sheet.getRangeList([`A${4 + index}`]).setBorder(true, true, true, true, null, null, `#${border.toLowerCase()}`, borderStyle === "dashed" ? borders.DASHED : borders.SOLID_MEDIUM);
  });
}
