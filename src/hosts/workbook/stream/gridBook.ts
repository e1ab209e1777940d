import type { AddedSheet, Plan } from "../../../engine/plan";
import type { CellValue } from "../../../engine/table/cellValue";
import type { Lang } from "../../../engine/i18n/lang";
import { translate } from "../../../engine/i18n/messages";
import { TriaError } from "../../../engine/errors";
import { FLAG_KINDS } from "../../../engine/legend";
import { dataKindLabel, dataKindMeaning } from "../../../engine/i18n/dataKindLabels";
import { placeColumns } from "../../columnPlacement";
import { flaggedCells, lookOf, resolveColumn, type Look } from "../../planCells";
import { addTriaNote } from "../triaLook";
import { addedHeaderNames } from "../headerRowAdded";
import { GridColumn, GridSheet, PlanValues } from "./gridSheet";
import type { CellStyleSpec } from "./styleTable";
import type { UserStyles } from "./userStyles";
import type { PrintName } from "./printNames";

/** Excel's last column, XFD. */
const MAX_COLUMNS = 16_384;

/** A sheet Tria writes whole (a summary, the legend, the metadata): small, held as rows. */
export interface StaticSheet {
  readonly name: string;
  readonly state: "visible" | "hidden" | "veryHidden";
  readonly rows: readonly (readonly CellValue[])[];
  /** Looks by `${row}:${column}`, both 1-based. */
  readonly styles: ReadonlyMap<string, CellStyleSpec>;
  readonly widths: readonly (number | undefined)[];
  /** The job's sheet, for its charts. */
  readonly source: AddedSheet | null;
}

/**
 * A CSV with the Plans of a run applied, ready to be streamed as .xlsx (writeGridBook): the
 * customer sheet as a GridSheet, then Tria's sheets. Same placement, looks and notes as the
 * ExcelJS path (applyPlan.ts), for files that have nothing ExcelJS would need to keep.
 */
export class GridBook {
  readonly sheets: StaticSheet[] = [];
  headerRow = 1;
  /** The user's print titles and areas, moved with their sheet's cells when written. */
  printNames: readonly PrintName[] = [];

  constructor(
    readonly main: GridSheet,
    /** An .xlsx's other sheets, written back as they were (with `userStyles`), and where the customer sheet stands among them. */
    readonly others: readonly GridSheet[] = [],
    readonly mainAt = 0,
    readonly userStyles: UserStyles | null = null,
  ) {}

  apply(plan: Plan, lang: Lang): void {
    const sheet = this.main;
    if (plan.sheet !== sheet.name)
      throw new TriaError("sheetNotFound", {
        sheet: plan.sheet,
        sheets: [sheet.name, ...this.others.map((s) => s.name), ...this.sheets.map((s) => s.name)].join(", "),
      });
    this.headerRow = plan.headerRow;
    // A file without header row: row 1 (empty, added by the host) gets the columns' names.
    if (plan.headerAdded === true && plan.headerRow === 1) {
      const names = addedHeaderNames(sheet.columns.length, lang);
      sheet.columns.forEach((column, index) => {
        if (column.source === null || column.key !== null) return;
        column.header = names[index]!;
        (column.values ??= [])[1] = names[index]!;
      });
    }
    const existing = new Map<string, number>();
    sheet.columns.forEach((column, index) => column.key !== null && existing.set(column.key, index + 1));
    const placement = placeColumns(plan.addedColumns, existing, sheet.columns.length, false);
    const fresh = plan.addedColumns.filter((c) => !existing.has(c.key));
    if (sheet.columns.length + fresh.length > MAX_COLUMNS) throw new TriaError("tooManyColumns", { sheet: plan.sheet });
    // Insert right to left so that each insertion point is still where placement computed it.
    for (const column of fresh.map((c) => ({ key: c.key, at: placement.columnOfKey.get(c.key)! })).sort((a, b) => a.at - b.at)) {
      sheet.columns.splice(column.at - 1, 0, new GridColumn(null, column.key));
    }
    const planRows = rowMask(plan.rows);
    const rowIndex = rowIndexOf(plan.rows);
    for (const added of plan.addedColumns) {
      const column = sheet.columns[placement.columnOfKey.get(added.key)! - 1]!;
      const values: CellValue[] = [];
      values[plan.headerRow] = added.header;
      column.header = added.header;
      column.values = values;
      column.planValues = new PlanValues(rowIndex, added);
      column.numFmt = added.numberFormat ?? null;
      column.numFmtRows = added.numberFormat ? planRows : null;
      column.width = Math.max(12, Math.min(40, added.header.length + 4));
    }
    for (const flag of plan.columnFlags ?? []) {
      const column = sheet.columns[resolveColumn(flag.column, placement) - 1]!;
      column.layers.push({ rows: flag.rows ? rowMask(flag.rows) : planRows, look: lookOf([flag.kind]) });
      column.notes.set(plan.headerRow, addTriaNote(column.notes.get(plan.headerRow) ?? "", flag.message));
    }
    const layers = new Map<GridColumn, Map<number, Look>>();
    for (const { row, column: number, kinds, note } of flaggedCells(plan.flags, placement)) {
      const column = sheet.columns[number - 1]!;
      let cells = layers.get(column);
      if (!cells) layers.set(column, (cells = new Map()));
      cells.set(row, lookOf(kinds));
      column.notes.set(row, addTriaNote(column.notes.get(row) ?? "", note));
    }
    for (const [column, cells] of layers) column.layers.push({ cells });
    for (const added of plan.addedSheets) this.put(addedSheet(added));
    this.put(legendSheet(lang, plan.dataKinds));
  }

  /**
   * A Tria sheet of the same name is replaced where it stands; a new one goes last. A user's
   * sheet of that name (Excel compares names without case) is left alone and Tria's takes
   * "Name (2)", as the ExcelJS path does (applyPlan's replaceSheet).
   */
  private put(sheet: StaticSheet): void {
    const taken = new Set([this.main, ...this.others].map((user) => user.name.toLowerCase()));
    let name = sheet.name;
    for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${sheet.name} (${n})`;
    const named = name === sheet.name ? sheet : { ...sheet, name, source: sheet.source ? { ...sheet.source, name } : null };
    const at = this.sheets.findIndex((s) => s.name.toLowerCase() === name.toLowerCase());
    if (at >= 0) this.sheets[at] = named;
    else this.sheets.push(named);
  }
}

/**
 * A workbook made of a job's own sheets only (Predict on a CSV: one row per customer, then the
 * plan): the first sheet is streamed row by row as the main sheet, its header in bold.
 */
export function jobSheetsBook(sheets: readonly AddedSheet[]): GridBook {
  const [first, ...rest] = sheets;
  if (!first) throw new Error("jobSheetsBook: no sheet");
  const main = new GridSheet(first.name, first.rows);
  main.columns.forEach((column, index) => {
    column.width = first.columnWidths?.[index] ?? null;
    // A header makes row 1 bold; the cells still come from the rows.
    column.header = String(first.rows[0]?.[index] ?? "");
  });
  const book = new GridBook(main);
  for (const sheet of rest) book.sheets.push(addedSheet(sheet));
  return book;
}

/** Sheet row → index in the Plan's rows (-1: not a Plan row). */
function rowIndexOf(rows: readonly number[]): Int32Array {
  const index = new Int32Array(rows.reduce((most, row) => Math.max(most, row), 0) + 1).fill(-1);
  rows.forEach((row, i) => (index[row] = i));
  return index;
}

function rowMask(rows: readonly number[]): Uint8Array {
  const mask = new Uint8Array((rows.length === 0 ? 0 : Math.max(...rows.slice(-1), rows[0]!)) + 1);
  for (const row of rows) mask[row] = 1;
  return mask;
}

function addedSheet(added: AddedSheet): StaticSheet {
  const styles = new Map<string, CellStyleSpec>();
  for (const style of added.cellStyles ?? []) {
    const key = `${style.row + 1}:${style.column + 1}`;
    styles.set(key, {
      ...styles.get(key),
      ...(style.fill ? { fill: style.fill } : {}),
      ...(style.bold ? { bold: true } : {}),
      ...(style.numberFormat ? { numFmt: style.numberFormat } : {}),
    });
  }
  return { name: added.name, state: added.hidden ? "hidden" : "visible", rows: added.rows, styles, widths: added.columnWidths ?? [], source: added };
}

/** The legend sheet, as legendSheet.ts draws it with ExcelJS: each flag's look, then the columns' data kinds. */
function legendSheet(lang: Lang, dataKinds: Plan["dataKinds"] = []): StaticSheet {
  const rows: CellValue[][] = [
    [translate(lang, "legend.title")],
    [],
    [translate(lang, "legend.example"), translate(lang, "legend.kind"), translate(lang, "legend.meaning")],
  ];
  const styles = new Map<string, CellStyleSpec>([["1:1", { bold: true, size: 14 }]]);
  for (let column = 1; column <= 3; column++) styles.set(`3:${column}`, { bold: true });
  FLAG_KINDS.forEach((kind, index) => {
    rows.push([translate(lang, `flag.${kind}`), kind, translate(lang, `flag.${kind}.meaning`)]);
    const look = lookOf([kind]);
    styles.set(`${4 + index}:1`, { fill: look.fill, border: look.border, dashed: look.borderStyle === "dashed" });
  });
  if (dataKinds.length > 0) {
    rows.push([], [translate(lang, "legend.dataKinds")]);
    styles.set(`${rows.length}:1`, { bold: true, size: 12 });
    rows.push([translate(lang, "legend.column"), translate(lang, "legend.dataKind"), translate(lang, "legend.meaning")]);
    for (let column = 1; column <= 3; column++) styles.set(`${rows.length}:${column}`, { bold: true });
    for (const { header, dataKind } of dataKinds) rows.push([header, dataKindLabel(dataKind, lang), dataKindMeaning(dataKind, lang)]);
  }
  return { name: translate(lang, "sheet.legend"), state: "visible", rows, styles, widths: [18, 12, 90], source: null };
}
