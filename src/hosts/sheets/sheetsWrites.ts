import { columnFlagRows, type AddedColumn, type AddedSheet, type Plan, type SheetCellStyle } from "../../engine/plan";
import { FLAG_KINDS, FLAG_STYLES, type FlagKind } from "../../engine/legend";
import { isCellError, type CellValue } from "../../engine/table/cellValue";
import { columnLetter } from "../../engine/table/tableFromSheet";
import type { Placement } from "../columnPlacement";
import { flaggedCells, lookOf, resolveColumn, type FlaggedCell } from "../planCells";
import { withTriaNote } from "../triaNote";
import type { SheetsBorderStyles, SheetsSheet } from "./sheetsApi";
import { recordPaintedColumn } from "./sheetsLooks";
import { markOwnColumn } from "./sheetsMetadata";

/*
 * The writes of one run, each small enough to be one step of a run that may be cut by Apps
 * Script's six minutes and resumed: a block of an added column, one flagged column, one look's
 * borders, one sheet. Each is computed from the Plan alone, so a resumed run redoes exactly
 * the steps it had not done.
 */

/** Rows of an added column written per setValues: a step stays well under a minute. */
export const BLOCK_ROWS = 5_000;

/** Google Sheets' limit on the characters of one cell. */
export const MAX_CELL_CHARACTERS = 50_000;

/** Text is written as text: a leading apostrophe keeps "01000", "+33…" and "=…" as typed. */
export function sheetsValue(value: CellValue): unknown {
  if (value === null) return "";
  if (isCellError(value)) return value.error;
  if (typeof value === "string") return value === "" ? "" : `'${value}`;
  return value;
}

/** Consecutive sheet rows as blocks of at most `limit`: one setValues per block instead of one per cell. */
export function rowRuns(rows: readonly number[], limit = Number.POSITIVE_INFINITY): { first: number; start: number; count: number }[] {
  const runs: { first: number; start: number; count: number }[] = [];
  rows.forEach((row, index) => {
    const last = runs[runs.length - 1];
    if (last && row === last.first + last.count && last.count < limit) last.count++;
    else runs.push({ first: row, start: index, count: 1 });
  });
  return runs;
}

export function writeAddedColumnBlock(
  sheet: SheetsSheet,
  plan: Plan,
  added: AddedColumn,
  column: number,
  run: { first: number; start: number; count: number },
): void {
  const range = sheet.getRange(run.first, column, run.count, 1);
  if (added.numberFormat) range.setNumberFormat(added.numberFormat);
  range.setValues(added.values.slice(run.start, run.start + run.count).map((value) => [sheetsValue(value)]));
}

export function writeAddedHeader(sheet: SheetsSheet, plan: Plan, added: AddedColumn, column: number, isNew: boolean): void {
  sheet
    .getRange(plan.headerRow, column, 1, 1)
    .setValues([[added.header]])
    .setFontWeight("bold");
  if (isNew) markOwnColumn(sheet, column, added.key);
}

/** The flagged cells of one column, and the span of rows they cover. */
export interface FlagColumn {
  readonly column: number;
  readonly first: number;
  readonly count: number;
  readonly cells: readonly FlaggedCell[];
}

/** Where the flags go, from the Plan alone: per column (fills, notes) and per look (borders). */
export function flagLayout(plan: Plan, placement: Placement): { columns: FlagColumn[]; borders: { color: string; dashed: boolean; cells: string[] }[] } {
  const cells: FlaggedCell[] = [
    ...(plan.columnFlags ?? []).flatMap((flag) => {
      const column = resolveColumn(flag.column, placement);
      return columnFlagRows(plan, flag).map((row) => ({ row, column, kinds: [flag.kind] as FlagKind[], note: "" }));
    }),
    ...flaggedCells(plan.flags, placement),
  ];
  const headerNotes = (plan.columnFlags ?? []).map((flag) => ({
    row: plan.headerRow,
    column: resolveColumn(flag.column, placement),
    kinds: [] as FlagKind[],
    note: flag.message,
  }));
  const byColumn = new Map<number, FlaggedCell[]>();
  for (const cell of [...cells, ...headerNotes]) byColumn.set(cell.column, [...(byColumn.get(cell.column) ?? []), cell]);
  const columns = [...byColumn]
    .sort(([a], [b]) => a - b)
    .map(([column, list]) => {
      const first = Math.min(...list.map((c) => c.row));
      return { column, first, count: Math.max(...list.map((c) => c.row)) - first + 1, cells: list };
    });
  const borders = new Map<string, string[]>();
  for (const { column, cells: list } of columns) {
    for (const cell of list) {
      const look = lookOf(cell.kinds);
      if (!look.border) continue;
      const id = `${look.border}|${look.borderStyle === "dashed" ? "dashed" : "solid"}`;
      borders.set(id, [...(borders.get(id) ?? []), `${columnLetter(column - 1)}${cell.row}`]);
    }
  }
  return {
    columns,
    borders: [...borders].map(([id, list]) => ({ color: id.split("|")[0]!, dashed: id.endsWith("|dashed"), cells: list })),
  };
}

/**
 * One column's fills and notes, read once and written once; what was painted, and the user's fill
 * under it, go to the looks record so the next run can take them off (sheetsLooks.ts).
 */
export function writeFlagColumn(sheet: SheetsSheet, flags: FlagColumn, looks: SheetsSheet, index: number, mark: string): void {
  const range = sheet.getRange(flags.first, flags.column, flags.count, 1);
  const fills = range.getBackgrounds();
  const notes = range.getNotes();
  const userFills = fills.map((row) => row[0] ?? "#ffffff");
  const marks = Array.from({ length: flags.count }, () => "");
  for (const cell of flags.cells) {
    const at = cell.row - flags.first;
    const look = lookOf(cell.kinds);
    if (look.fill) {
      fills[at]![0] = `#${look.fill.toLowerCase()}`;
      if (!marks[at]!.includes("f")) marks[at] += "f";
    }
    if (look.border && !marks[at]!.includes("b")) marks[at] += "b";
    if (cell.note) {
      notes[at]![0] = withTriaNote(notes[at]![0] ?? "", cell.note);
      if (!marks[at]!.includes("n")) marks[at] += "n";
    }
  }
  range.setBackgrounds(fills);
  range.setNotes(notes);
  recordPaintedColumn(sheet, looks, index, { column: flags.column, mark, first: flags.first, marks, userFills });
}

export function writeBorders(sheet: SheetsSheet, border: { color: string; dashed: boolean; cells: string[] }, styles: SheetsBorderStyles): void {
  sheet
    .getRangeList(border.cells)
    .setBorder(true, true, true, true, null, null, `#${border.color.toLowerCase()}`, border.dashed ? styles.DASHED : styles.SOLID_MEDIUM);
}

export function writeAddedSheet(sheet: SheetsSheet, added: Pick<AddedSheet, "rows" | "cellStyles">): void {
  const width = Math.max(1, ...added.rows.map((r) => r.length));
  if (added.rows.length === 0) return;
  const values = added.rows.map((row) => Array.from({ length: width }, (_, c) => sheetsValue(row[c] ?? null)));
  sheet.getRange(1, 1, values.length, width).setValues(values);
  for (const style of added.cellStyles ?? []) {
    const cell = sheet.getRange(style.row + 1, style.column + 1, 1, 1);
    if (style.fill) cell.setBackgrounds([[`#${style.fill.toLowerCase()}`]]);
    if (style.bold) cell.setFontWeight("bold");
  }
  for (const run of formatRuns(added.cellStyles ?? [])) sheet.getRange(run.row + 1, run.column + 1, run.rows, 1).setNumberFormat(run.format);
}

/**
 * Number formats as runs down a column ("dd/mm/yyyy" on rows 2–5,001 of column B): one call per
 * run instead of one per cell, which Apps Script would spend minutes on for a sheet of customers.
 */
export function formatRuns(styles: readonly SheetCellStyle[]): { row: number; column: number; rows: number; format: string }[] {
  const formatted = styles.filter((s) => s.numberFormat).sort((a, b) => a.column - b.column || a.row - b.row);
  const runs: { row: number; column: number; rows: number; format: string }[] = [];
  for (const style of formatted) {
    const last = runs[runs.length - 1];
    if (last && last.column === style.column && last.format === style.numberFormat && last.row + last.rows === style.row) last.rows++;
    else runs.push({ row: style.row, column: style.column, rows: 1, format: style.numberFormat! });
  }
  return runs;
}

/** The legend's first column shows each kind's look, as the flagged cells have it. */
export function paintLegend(sheet: SheetsSheet, borders: SheetsBorderStyles): void {
  FLAG_KINDS.forEach((kind, index) => {
    const cell = sheet.getRange(4 + index, 1, 1, 1);
    const { fill, border, borderStyle } = FLAG_STYLES[kind];
    if (fill) cell.setBackgrounds([[`#${fill.toLowerCase()}`]]);
    if (border)
      sheet
        .getRangeList([`A${4 + index}`])
        .setBorder(true, true, true, true, null, null, `#${border.toLowerCase()}`, borderStyle === "dashed" ? borders.DASHED : borders.SOLID_MEDIUM);
  });
}

/** The first cell the Plan would write past Sheets' 50,000 characters, if any. */
export function tooLongCell(plan: Plan, placement: Placement): { cell: string; length: number } | null {
  for (const added of plan.addedColumns) {
    const index = added.values.findIndex((value) => typeof value === "string" && value.length > MAX_CELL_CHARACTERS);
    if (index >= 0)
      return {
        cell: `${plan.sheet}!${columnLetter(placement.columnOfKey.get(added.key)! - 1)}${plan.rows[index]}`,
        length: (added.values[index] as string).length,
      };
  }
  for (const added of plan.addedSheets) {
    for (const [r, row] of added.rows.entries()) {
      const c = row.findIndex((value) => typeof value === "string" && value.length > MAX_CELL_CHARACTERS);
      if (c >= 0) return { cell: `${added.name}!${columnLetter(c)}${r + 1}`, length: (row[c] as string).length };
    }
  }
  return null;
}
